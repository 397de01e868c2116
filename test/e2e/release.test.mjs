import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../../scripts/plugin-identity.mjs';
import { sha512Hex } from '../../scripts/repository.mjs';
import { readZip } from '../../scripts/zip.mjs';
import { installFromRepository } from '../sandbox/repository.mjs';
import { serveDirectory } from '../scripts/staticServer.mjs';
import { identity, openBakeStage, openSandbox, screenshot } from './sandbox.mjs';

const execFileAsync = promisify(execFile);
const zipName = `${identity.name}-${identity.version}.zip`;
const pluginPath = `/plugins/deck/${identity.id}/${identity.version}`;

let outDir;

async function runNode(script, args, options = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [path.join(repoRoot, script), ...args], {
      cwd: repoRoot,
      timeout: 120000,
      ...options,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const release = (...args) => runNode('scripts/release.mjs', args);
const readJson = async (...parts) => JSON.parse(await readFile(path.join(...parts), 'utf8'));

before(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'bake-share-release-'));
  const result = await release('--out-dir', outDir);
  assert.equal(result.code, 0, result.stderr);
});

after(async () => {
  await rm(outDir, { recursive: true, force: true });
});

test('the release zip holds deck.zip, whose root holds index.js, its chunks and source maps', async () => {
  const releaseZip = await readFile(path.join(outDir, 'distributions', zipName));
  const entries = await readZip(releaseZip);
  assert.deepEqual(
    entries.map((entry) => entry.name),
    ['deck.zip'],
  );
  const deckNames = (await readZip(entries[0].data)).map((entry) => entry.name);
  assert.ok(deckNames.includes('index.js'));
  assert.ok(deckNames.includes('index.js.map'));
  assert.ok(
    deckNames.every((name) => /^((chunks\/)?[\w.-]+\.js(\.map)?|templates\/[\w.-]+\.json)$/.test(name)),
    deckNames.join(', '),
  );
  assert.deepEqual(await readFile(path.join(outDir, 'repository', zipName)), releaseZip);
});

test('the companion Rosco templates ship in deck.zip and in the repository, in a folder for the version', async () => {
  const [deckZip] = await readZip(await readFile(path.join(outDir, 'distributions', zipName)));
  const shipped = (await readZip(deckZip.data)).filter((entry) => entry.name.startsWith('templates/'));
  const committed = (await readdir(path.join(repoRoot, 'rosco-templates'))).sort();
  assert.deepEqual(
    shipped.map((entry) => entry.name),
    committed.map((file) => `templates/${file}`),
  );
  const inRepository = path.join(outDir, 'repository', 'rosco-templates', identity.version);
  assert.deepEqual((await readdir(inRepository)).sort(), committed);
  for (const entry of shipped) {
    const file = path.basename(entry.name);
    const source = await readFile(path.join(repoRoot, 'rosco-templates', file));
    assert.deepEqual(entry.data, source, file);
    assert.deepEqual(await readFile(path.join(inRepository, file)), source, file);
  }
});

test('plugin-info.json and the repository describe the release with its sha512', async () => {
  const sha512sum = sha512Hex(await readFile(path.join(outDir, 'distributions', zipName)));
  const info = await readJson(outDir, 'distributions', 'plugin-info.json');
  assert.deepEqual(Object.keys(info), ['id', 'description', 'provider', 'releases']);
  assert.equal(info.id, identity.id);
  assert.equal(info.description, identity.description);
  assert.equal(info.provider, identity.provider);
  const [record] = info.releases;
  assert.equal(record.version, identity.version);
  assert.equal(record.requires, identity.requires);
  assert.equal(record.sha512sum, sha512sum);
  assert.equal(new Date(record.date).toISOString(), record.date);

  const plugins = await readJson(outDir, 'repository', 'plugins.json');
  assert.deepEqual(plugins, [{ ...info, releases: [{ ...record, url: zipName }] }]);
  assert.deepEqual(await readJson(outDir, 'repository', 'repositories.json'), [
    { id: identity.name, url: 'plugins.json' },
  ]);
});

test('the same sources release a byte-identical zip, added to an existing repository with absolute URLs', async () => {
  const secondOut = path.join(outDir, 'second');
  const older = { version: '0.0.1', date: '2020-01-01T00:00:00.000Z', requires: 'deck>=0.0.0', url: 'old.zip' };
  const existing = [
    { id: 'Other.Plugin', description: 'o', provider: 'p', releases: [{ ...older, sha512sum: 'aa' }] },
    { id: identity.id, description: 'old', provider: 'p', releases: [{ ...older, sha512sum: 'bb' }] },
  ];
  await mkdir(path.join(secondOut, 'repository'), { recursive: true });
  await writeFile(path.join(secondOut, 'repository', 'plugins.json'), JSON.stringify(existing));

  const result = await release('--out-dir', secondOut, '--base-url', 'https://plugins.example.com/bake-share');
  assert.equal(result.code, 0, result.stderr);
  const first = await readFile(path.join(outDir, 'distributions', zipName));
  const second = await readFile(path.join(secondOut, 'distributions', zipName));
  assert.equal(sha512Hex(second), sha512Hex(first));

  const plugins = await readJson(secondOut, 'repository', 'plugins.json');
  assert.deepEqual(plugins[0], existing[0]);
  assert.deepEqual(plugins[1].releases[0], existing[1].releases[0]);
  assert.equal(plugins[1].releases[1].url, `https://plugins.example.com/bake-share/${zipName}`);
  assert.deepEqual(await readJson(secondOut, 'repository', 'repositories.json'), [
    { id: identity.name, url: 'https://plugins.example.com/bake-share/plugins.json' },
  ]);
});

test('releasing the same version into the same repository again fails and changes nothing', async () => {
  const indexFile = path.join(outDir, 'repository', 'plugins.json');
  const before = await readFile(indexFile);
  const result = await release('--out-dir', outDir);
  assert.equal(result.code, 1);
  assert.equal(
    result.stderr,
    `release: plugins.json already has ${identity.id} ${identity.version}; ` +
      'a released version never changes: raise the version in package.json\n',
  );
  assert.deepEqual(await readFile(indexFile), before);
});

test('Deck loads the released plugin from a repository on a web server, and the bake stage shows the panel', async () => {
  const host = await serveDirectory(path.join(outDir, 'repository'));
  let sandbox;
  try {
    const plugin = await installFromRepository({
      repository: `${host.url}/plugins.json`,
      pluginId: identity.id,
      workDir: path.join(outDir, 'installed'),
    });
    assert.deepEqual(host.requests, ['/plugins.json', `/${zipName}`]);
    assert.equal(plugin.version, identity.version);

    sandbox = await openSandbox({ plugin });
    const { page, gate, requests, consoleErrors } = sandbox;
    await openBakeStage(page, gate.url);
    await page.locator('.bake-share-panel').waitFor({ state: 'visible', timeout: 15000 });
    assert.ok(requests.includes(`${pluginPath}/index.js`));
    const served = await (await fetch(`${gate.url}${pluginPath}/index.js`)).text();
    assert.equal(served, await readFile(path.join(plugin.dir, 'index.js'), 'utf8'));
    await screenshot(page, 'released-plugin.png');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await sandbox?.close();
    await host.close();
  }
});

test('a tampered release zip is refused, naming sha512', async () => {
  const tamperedRepository = path.join(outDir, 'tampered');
  await cp(path.join(outDir, 'repository'), tamperedRepository, { recursive: true });
  const zipFile = path.join(tamperedRepository, zipName);
  const bytes = await readFile(zipFile);
  bytes[bytes.length >> 1] ^= 0x01;
  await writeFile(zipFile, bytes);

  const workDir = path.join(outDir, 'tampered-install');
  await assert.rejects(installFromRepository({ repository: tamperedRepository, workDir }), {
    name: 'InputError',
    message: new RegExp(`^refusing ${identity.id} ${identity.version} .*: its sha512 is [0-9a-f]{128}, but plugins`),
  });
  await assert.rejects(readdir(workDir), { code: 'ENOENT' });

  const started = await runNode('test/sandbox/start.mjs', ['--repository', tamperedRepository], {
    env: { ...process.env, PORT: '0' },
    timeout: 60000,
  });
  assert.equal(started.code, 1);
  assert.match(started.stderr, /^sandbox: refusing .*: its sha512 is [0-9a-f]{128}, but plugins\.json says/);
});

function waitForLine(child, pattern) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no '${pattern}' within 60 s:\n${output}`)), 60000);
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before '${pattern}':\n${output}`)));
  });
}

test('npm start with BAKE_SHARE_REPOSITORY serves the release from the repository', async () => {
  const child = spawn(process.execPath, [path.join(repoRoot, 'test', 'sandbox', 'start.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', BAKE_SHARE_REPOSITORY: path.join(outDir, 'repository') },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const [, url] = await waitForLine(child, /Sandbox Deck with \S+ \S+: (http:\/\/\S+)/);
    const manifest = await (await fetch(`${url}/plugins/deck/plugin-manifest.json`)).json();
    assert.deepEqual(manifest, [{ id: identity.id, version: identity.version }]);
    const deckZip = (await readZip(await readFile(path.join(outDir, 'repository', zipName))))[0].data;
    const released = (await readZip(deckZip)).find((entry) => entry.name === 'index.js').data.toString('utf8');
    assert.equal(await (await fetch(`${url}${pluginPath}/index.js`)).text(), released);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
});
