import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addRelease,
  hostedUrl,
  parseBaseUrl,
  parsePluginsIndex,
  pluginInfo,
  releaseFileName,
  releaseRecord,
  repositoriesList,
  selectRelease,
  sha512Hex,
  verifySha512,
} from '../../scripts/repository.mjs';

const identity = {
  id: 'BakeShare.ShareWithAccounts',
  name: 'bake-share',
  description: 'Share with accounts',
  provider: 'https://github.com/bake-share/bake-share',
  requires: 'deck>=0.0.0',
  version: '0.2.0',
};

const release = (version, requires = 'deck>=0.0.0') => ({
  version,
  date: '2026-01-01T00:00:00.000Z',
  requires,
  url: `bake-share-${version}.zip`,
  sha512sum: 'ab'.repeat(64),
});

const entry = (...releases) => ({ id: identity.id, description: 'old', provider: identity.provider, releases });
const otherPlugin = { id: 'Other.Plugin', description: 'x', provider: 'y', releases: [release('9.9.9')] };

test('a release record has what plugins.json and plugin-info.json need', () => {
  const record = releaseRecord(identity, { date: '2026-11-24T06:00:00.000Z', sha512sum: 'cd' });
  assert.deepEqual(record, {
    version: '0.2.0',
    date: '2026-11-24T06:00:00.000Z',
    requires: 'deck>=0.0.0',
    sha512sum: 'cd',
    preferred: false,
  });
  assert.deepEqual(pluginInfo(identity, record), {
    id: identity.id,
    description: identity.description,
    provider: identity.provider,
    releases: [record],
  });
  assert.equal(releaseFileName(identity), 'bake-share-0.2.0.zip');
});

test('URLs are relative to plugins.json unless a base URL is given', () => {
  assert.equal(hostedUrl('bake-share-0.2.0.zip'), 'bake-share-0.2.0.zip');
  assert.equal(parseBaseUrl('https://plugins.example.com/a?x=1#y').href, 'https://plugins.example.com/a/');
  const base = parseBaseUrl('https://plugins.example.com/bake-share');
  assert.equal(hostedUrl('bake-share-0.2.0.zip', base), 'https://plugins.example.com/bake-share/bake-share-0.2.0.zip');
  assert.deepEqual(repositoriesList('bake-share', base), [
    { id: 'bake-share', url: 'https://plugins.example.com/bake-share/plugins.json' },
  ]);
  assert.deepEqual(repositoriesList('bake-share'), [{ id: 'bake-share', url: 'plugins.json' }]);
});

test('a base URL must be an http(s) URL', () => {
  assert.throws(() => parseBaseUrl('plugins.example.com'), { name: 'InputError', message: /is not a URL/ });
  assert.throws(() => parseBaseUrl('ftp://plugins.example.com/'), { name: 'InputError', message: /http\(s\) URL/ });
});

test('the first release creates the plugin entry', () => {
  const info = pluginInfo(identity, release('0.2.0'));
  assert.deepEqual(addRelease([], info), [info]);
});

test('a new release is added and every older release and other plugin is kept', () => {
  const existing = [otherPlugin, entry(release('0.1.0'), release('0.1.1'))];
  const plugins = addRelease(existing, pluginInfo(identity, release('0.2.0')));
  assert.deepEqual(plugins[0], otherPlugin);
  assert.deepEqual(
    plugins[1].releases.map((r) => r.version),
    ['0.1.0', '0.1.1', '0.2.0'],
  );
  assert.equal(plugins[1].description, identity.description);
  assert.equal(existing[1].releases.length, 2, 'the existing index is not modified');
});

test('releasing a version that is already listed is an error', () => {
  const existing = [entry(release('0.1.0'), release('0.2.0'))];
  assert.throws(() => addRelease(existing, pluginInfo(identity, release('0.2.0'))), {
    name: 'InputError',
    message: /plugins\.json already has BakeShare\.ShareWithAccounts 0\.2\.0; .*raise the version in package\.json/,
  });
});

test('plugins.json must be a list of plugins with releases', () => {
  assert.deepEqual(parsePluginsIndex('[]'), []);
  assert.throws(() => parsePluginsIndex('{'), { name: 'InputError', message: /^plugins\.json is not JSON/ });
  assert.throws(() => parsePluginsIndex('{"id":"A.B"}', 'repo/plugins.json'), {
    name: 'InputError',
    message: /^repo\/plugins\.json is not a plugin repository index/,
  });
});

test('the newest release by semver is chosen, not the last or the greatest string', () => {
  const plugins = [otherPlugin, entry(release('0.10.0'), release('0.9.0'), release('0.2.0'), release('1.0.0-rc.1'))];
  assert.equal(selectRelease(plugins, { pluginId: identity.id }).release.version, '1.0.0-rc.1');
  const stable = [entry(release('0.10.0'), release('0.9.0'))];
  assert.equal(selectRelease(stable).release.version, '0.10.0');
});

test('only releases whose requires names deck are candidates', () => {
  const plugins = [
    entry(release('0.1.0'), release('0.3.0', 'orca>=8.0.0'), release('0.2.0', 'orca>=8.0.0,deck>=0.0.0')),
  ];
  assert.equal(selectRelease(plugins).release.version, '0.2.0');
  assert.throws(() => selectRelease([entry(release('0.3.0', 'orca>=8.0.0'))]), {
    name: 'InputError',
    message: 'BakeShare.ShareWithAccounts has no release whose requires names deck',
  });
});

test('a pinned version is chosen even when newer ones exist', () => {
  const plugins = [entry(release('0.1.0'), release('0.2.0'))];
  assert.equal(selectRelease(plugins, { version: '0.1.0' }).release.version, '0.1.0');
  assert.throws(() => selectRelease(plugins, { version: '0.3.0' }), {
    name: 'InputError',
    message: 'BakeShare.ShareWithAccounts has no release 0.3.0 for deck (releases for deck: 0.1.0, 0.2.0)',
  });
});

test('the plugin must be named when the repository lists several, and must exist', () => {
  const plugins = [otherPlugin, entry(release('0.1.0'))];
  assert.throws(() => selectRelease(plugins), { message: /lists 2 plugins; name one: Other\.Plugin, BakeShare/ });
  assert.throws(() => selectRelease(plugins, { pluginId: 'Missing.Plugin' }), {
    message: 'plugins.json has no plugin Missing.Plugin (it lists: Other.Plugin, BakeShare.ShareWithAccounts)',
  });
});

test('a zip whose sha512 does not match is refused', () => {
  const zip = Buffer.from('release');
  verifySha512(zip, sha512Hex(zip), 'the release');
  verifySha512(zip, sha512Hex(zip).toUpperCase(), 'the release');
  const tampered = Buffer.from('releasE');
  assert.throws(() => verifySha512(tampered, sha512Hex(zip), 'the release'), {
    name: 'InputError',
    message: `refusing the release: its sha512 is ${sha512Hex(tampered)}, but plugins.json says ${sha512Hex(zip)}`,
  });
  assert.throws(() => verifySha512(zip, undefined, 'the release'), { message: /gives no sha512sum/ });
});
