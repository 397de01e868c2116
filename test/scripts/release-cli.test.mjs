import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { readIdentity, repoRoot } from '../../scripts/plugin-identity.mjs';

const run = promisify(execFile);
const manifest = { ...readIdentity(), version: undefined };

let projectDir;

// A copy of the release tooling in a project of its own, so that its plugin.yaml can be broken.
before(async () => {
  projectDir = await mkdtemp(path.join(tmpdir(), 'bake-share-cli-'));
  await cp(path.join(repoRoot, 'scripts'), path.join(projectDir, 'scripts'), { recursive: true });
  await symlink(path.join(repoRoot, 'node_modules'), path.join(projectDir, 'node_modules'), 'dir');
});

after(async () => {
  await rm(projectDir, { recursive: true, force: true });
});

async function release(pluginYaml, version, args = []) {
  await writeFile(path.join(projectDir, 'plugin.yaml'), stringify(pluginYaml));
  await writeFile(
    path.join(projectDir, 'package.json'),
    JSON.stringify({ name: 'bake-share', version, type: 'module' }),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(projectDir, 'scripts', 'release.mjs'), ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

test('a plugin.yaml without an id stops the release with a clear message', async () => {
  const result = await release({ ...manifest, id: undefined }, '1.0.0');
  assert.equal(result.code, 1);
  assert.equal(result.stderr, "release: plugin.yaml: 'id' is missing\n");
});

test('an id that is not Namespace.Name and a version that is not semver are both reported', async () => {
  const result = await release({ ...manifest, id: 'Bad-Id' }, '1.0');
  assert.equal(result.code, 1);
  assert.equal(
    result.stderr,
    "release: plugin.yaml: id 'Bad-Id' must look like Namespace.Name\npackage.json: version '1.0' is not semver (x.y.z)\n",
  );
});

test('a bad --base-url or an unknown option is refused before anything is built', async () => {
  const badUrl = await release(manifest, '1.0.0', ['--base-url', 'ftp://plugins.example.com/']);
  assert.equal(badUrl.code, 1);
  assert.equal(badUrl.stderr, "release: --base-url 'ftp://plugins.example.com/' must be an http(s) URL\n");
  const unknown = await release(manifest, '1.0.0', ['--base', 'https://x']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /^release: Unknown option '--base'.*\nusage: npm run release/s);
});
