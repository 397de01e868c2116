import assert from 'node:assert/strict';
import { access, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sha512Hex } from '../../scripts/repository.mjs';
import { createZip } from '../../scripts/zip.mjs';
import { installFromRepository } from '../sandbox/repository.mjs';
import { serveDirectory } from './staticServer.mjs';
import { zipWithEntryNamed } from './zipFixtures.mjs';

const PLUGIN_ID = 'BakeShare.ShareWithAccounts';

let root;

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bake-share-install-'));
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

const deckFiles = (version) => [
  { name: 'index.js', data: Buffer.from(`export const plugin = { version: '${version}' };`) },
  { name: 'chunks/page.js', data: Buffer.from('export default 1;') },
];

const releaseZip = async (deckZip) => createZip([{ name: 'deck.zip', data: deckZip }], { compress: false });

// A repository directory with one release zip per entry of `releases`: { version, zip?, requires?, sha512sum? }.
async function makeRepository(name, releases) {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  const records = [];
  for (const { version, zip, requires = 'deck>=0.0.0', sha512sum } of releases) {
    const bytes = zip ?? (await releaseZip(await createZip(deckFiles(version))));
    const fileName = `bake-share-${version}.zip`;
    await writeFile(path.join(dir, fileName), bytes);
    records.push({
      version,
      date: '2026-01-01T00:00:00Z',
      requires,
      url: fileName,
      sha512sum: sha512sum ?? sha512Hex(bytes),
    });
  }
  const index = [{ id: PLUGIN_ID, description: 'd', provider: 'p', releases: records }];
  await writeFile(path.join(dir, 'plugins.json'), JSON.stringify(index));
  return dir;
}

const workDir = (name) => path.join(root, `${name}-work`);

test('installs the newest release for deck and unpacks its deck.zip', async () => {
  const repository = await makeRepository('newest', [
    { version: '0.1.0' },
    { version: '0.10.0' },
    { version: '0.9.0' },
    { version: '2.0.0', requires: 'orca>=8.0.0' },
  ]);
  const plugin = await installFromRepository({ repository, workDir: workDir('newest') });
  assert.equal(plugin.id, PLUGIN_ID);
  assert.equal(plugin.version, '0.10.0');
  assert.equal(plugin.dir, path.join(workDir('newest'), PLUGIN_ID, '0.10.0'));
  assert.deepEqual((await readdir(plugin.dir, { recursive: true })).sort(), ['chunks', 'chunks/page.js', 'index.js']);
  assert.match(await readFile(path.join(plugin.dir, 'index.js'), 'utf8'), /version: '0\.10\.0'/);
});

test('installs a pinned version from a plugins.json path', async () => {
  const repository = await makeRepository('pinned', [{ version: '0.1.0' }, { version: '0.2.0' }]);
  const plugin = await installFromRepository({
    repository: path.join(repository, 'plugins.json'),
    pluginId: PLUGIN_ID,
    version: '0.1.0',
    workDir: workDir('pinned'),
  });
  assert.equal(plugin.version, '0.1.0');
});

test('installs from an http repository, as Gate downloads it', async () => {
  const repository = await makeRepository('http', [{ version: '0.3.0' }]);
  const host = await serveDirectory(repository);
  try {
    const plugin = await installFromRepository({ repository: `${host.url}/plugins.json`, workDir: workDir('http') });
    assert.equal(plugin.version, '0.3.0');
    assert.equal(plugin.url, `${host.url}/bake-share-0.3.0.zip`);
    assert.deepEqual(host.requests, ['/plugins.json', '/bake-share-0.3.0.zip']);
  } finally {
    await host.close();
  }
});

test('a zip whose sha512 differs from plugins.json is refused and nothing is unpacked', async () => {
  const repository = await makeRepository('tampered', [{ version: '0.1.0' }]);
  const zipFile = path.join(repository, 'bake-share-0.1.0.zip');
  const bytes = await readFile(zipFile);
  bytes[bytes.length >> 1] ^= 0xff;
  await writeFile(zipFile, bytes);
  await assert.rejects(installFromRepository({ repository, workDir: workDir('tampered') }), {
    name: 'InputError',
    message: new RegExp(
      `^refusing ${PLUGIN_ID} 0\\.1\\.0 \\(.*bake-share-0\\.1\\.0\\.zip\\): its sha512 is [0-9a-f]{128}, but plugins\\.json says [0-9a-f]{128}$`,
    ),
  });
  await assert.rejects(readdir(workDir('tampered')), { code: 'ENOENT' });
});

test('a release without deck.zip, or whose deck.zip lacks index.js, is refused', async () => {
  const noDeck = await createZip([{ name: 'orca.zip', data: Buffer.from('') }]);
  const noIndex = await releaseZip(await createZip([{ name: 'main.js', data: Buffer.from('') }]));
  const repository = await makeRepository('incomplete', [
    { version: '0.1.0', zip: noDeck },
    { version: '0.2.0', zip: noIndex },
  ]);
  await assert.rejects(installFromRepository({ repository, version: '0.1.0', workDir: workDir('incomplete') }), {
    message: /holds no deck\.zip/,
  });
  await assert.rejects(installFromRepository({ repository, version: '0.2.0', workDir: workDir('incomplete') }), {
    message: /its deck\.zip has no index\.js/,
  });
});

test('a deck.zip entry that climbs out of the plugin directory is refused', async () => {
  const evilDeck = await zipWithEntryNamed('../../../evil.js', 'alert(1)');
  const repository = await makeRepository('traversal', [{ version: '0.1.0', zip: await releaseZip(evilDeck) }]);
  await assert.rejects(installFromRepository({ repository, workDir: workDir('traversal') }), {
    name: 'InputError',
    message: /^refusing deck\.zip in .*: invalid relative path: \.\.\/\.\.\/\.\.\/evil\.js$/,
  });
  await assert.rejects(access(path.join(root, 'evil.js')), { code: 'ENOENT' });
});

test('a missing repository or unreachable release is named', async () => {
  await assert.rejects(installFromRepository({ repository: path.join(root, 'nowhere'), workDir: workDir('none') }), {
    message: /^no plugin repository at .*nowhere$/,
  });
  const repository = await makeRepository('missing-zip', [{ version: '0.1.0' }]);
  await rm(path.join(repository, 'bake-share-0.1.0.zip'));
  await assert.rejects(installFromRepository({ repository, workDir: workDir('missing-zip') }), {
    message: /^cannot read .*bake-share-0\.1\.0\.zip: ENOENT$/,
  });
});
