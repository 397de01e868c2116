import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { stringify } from 'yaml';
import { InputError } from '../../scripts/cli.mjs';
import { readIdentity, requiredServices, validateIdentity } from '../../scripts/plugin-identity.mjs';

const manifest = {
  id: 'BakeShare.ShareWithAccounts',
  name: 'bake-share',
  description: 'Share with accounts',
  provider: 'https://github.com/bake-share/bake-share',
  license: 'Apache-2.0',
  requires: 'deck>=0.0.0',
};

let projectDir;

before(async () => {
  projectDir = await mkdtemp(path.join(tmpdir(), 'bake-share-identity-'));
});

after(async () => {
  await rm(projectDir, { recursive: true, force: true });
});

async function writeProject(pluginYaml, version) {
  await writeFile(path.join(projectDir, 'plugin.yaml'), pluginYaml);
  await writeFile(path.join(projectDir, 'package.json'), JSON.stringify({ name: 'bake-share', version }));
}

test('the real plugin.yaml and package.json are valid', () => {
  const identity = readIdentity();
  assert.match(identity.id, /^\w+\.\w+$/);
  assert.ok(identity.version);
});

test('a complete identity has no problems', () => {
  assert.deepEqual(validateIdentity(manifest, '1.2.3'), []);
  assert.deepEqual(validateIdentity(manifest, '1.2.3-rc.1+build.5'), []);
});

test('a missing id is named', () => {
  const withoutId = { ...manifest, id: undefined };
  assert.deepEqual(validateIdentity(withoutId, '1.0.0'), ["plugin.yaml: 'id' is missing"]);
});

test('an id that is not Namespace.Name is refused', () => {
  for (const id of ['Bad-Id', 'BakeShare', 'Bake.Share.Accounts', '1Bake.Share']) {
    assert.deepEqual(validateIdentity({ ...manifest, id }, '1.0.0'), [
      `plugin.yaml: id '${id}' must look like Namespace.Name`,
    ]);
  }
});

test('a version that is not semver is refused', () => {
  for (const version of ['1.0', 'v1.0.0', '', undefined]) {
    assert.deepEqual(validateIdentity(manifest, version), [`package.json: version '${version}' is not semver (x.y.z)`]);
  }
});

test('requires must name deck', () => {
  assert.deepEqual(requiredServices('orca>=8.0.0, deck>=0.0.0'), ['orca', 'deck']);
  assert.deepEqual(validateIdentity({ ...manifest, requires: 'orca>=8.0.0' }, '1.0.0'), [
    "plugin.yaml: requires 'orca>=8.0.0' must name deck (e.g. deck>=0.0.0)",
  ]);
});

test('readIdentity reports every problem at once as an InputError', async () => {
  await writeProject(stringify({ ...manifest, id: 'Bad-Id' }), '1.0');
  assert.throws(
    () => readIdentity(projectDir),
    (error) =>
      error instanceof InputError &&
      error.message ===
        "plugin.yaml: id 'Bad-Id' must look like Namespace.Name\npackage.json: version '1.0' is not semver (x.y.z)",
  );
});

test('readIdentity names a plugin.yaml that is not YAML', async () => {
  await writeProject('id: [unclosed', '1.0.0');
  assert.throws(() => readIdentity(projectDir), { name: 'InputError', message: /^plugin\.yaml is not valid: / });
});

test('readIdentity names a missing plugin.yaml', async () => {
  await rm(path.join(projectDir, 'plugin.yaml'));
  assert.throws(() => readIdentity(projectDir), { name: 'InputError', message: /cannot read .*plugin\.yaml: ENOENT/ });
});
