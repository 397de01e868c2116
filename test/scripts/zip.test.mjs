import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../../scripts/plugin-identity.mjs';
import { sha512Hex } from '../../scripts/repository.mjs';
import { createZip, readZip, writeEntries } from '../../scripts/zip.mjs';
import { zipWithEntryNamed } from './zipFixtures.mjs';

const run = promisify(execFile);

const files = [
  { name: 'index.js', data: Buffer.from('export const plugin = {};\n'.repeat(50)) },
  { name: 'index.js.map', data: Buffer.from('{"version":3,"sources":[]}') },
  { name: 'chunks/AdminPage-abc.js', data: Buffer.from('export default 1;') },
];

test('the same files give byte-identical zips, whatever their order', async () => {
  const first = await createZip(files);
  const second = await createZip([...files].reverse());
  assert.equal(sha512Hex(second), sha512Hex(first));
  assert.deepEqual(second, first);
});

test('zips do not depend on the time zone', async () => {
  const script = `
    import { createZip } from './scripts/zip.mjs';
    import { sha512Hex } from './scripts/repository.mjs';
    const zip = await createZip([{ name: 'index.js', data: Buffer.from('x') }]);
    console.log(sha512Hex(zip));
  `;
  const hashIn = async (TZ) =>
    (await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, env: { ...process.env, TZ } }))
      .stdout;
  const [utc, auckland, honolulu] = await Promise.all(['UTC', 'Pacific/Auckland', 'Pacific/Honolulu'].map(hashIn));
  assert.equal(auckland, utc);
  assert.equal(honolulu, utc);
});

test('entries are sorted by name and read back unchanged', async () => {
  const entries = await readZip(await createZip(files));
  assert.deepEqual(
    entries.map((entry) => entry.name),
    ['chunks/AdminPage-abc.js', 'index.js', 'index.js.map'],
  );
  assert.deepEqual(entries[1].data, files[0].data);
});

test('a stored (uncompressed) zip holds its entry as is', async () => {
  const inner = await createZip(files);
  const outer = await createZip([{ name: 'deck.zip', data: inner }], { compress: false });
  assert.ok(outer.includes(inner));
  assert.deepEqual((await readZip(outer))[0].data, inner);
});

test('createZip refuses unsafe or duplicate names', async () => {
  await assert.rejects(createZip([{ name: '../evil.js', data: Buffer.from('') }]), /invalid relative path/);
  await assert.rejects(createZip([{ name: '/etc/evil.js', data: Buffer.from('') }]), /absolute path/);
  await assert.rejects(createZip([files[0], files[0]]), /cannot zip 'index.js' twice/);
});

test('readZip refuses an entry that climbs out of its directory', async () => {
  const evil = await zipWithEntryNamed('../evil.js', 'alert(1)');
  await assert.rejects(readZip(evil, 'the release'), {
    name: 'InputError',
    message: 'refusing the release: invalid relative path: ../evil.js',
  });
});

test('readZip refuses an absolute entry name', async () => {
  const evil = await zipWithEntryNamed('/tmp/evil.js', 'alert(1)');
  await assert.rejects(readZip(evil), { name: 'InputError', message: /absolute path: \/tmp\/evil\.js/ });
});

test('readZip refuses what is not a zip', async () => {
  await assert.rejects(readZip(Buffer.from('not a zip'), 'x.zip'), {
    name: 'InputError',
    message: /^refusing x\.zip: /,
  });
});

test('writeEntries writes below its directory and nowhere else', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'bake-share-unzip-'));
  try {
    await writeEntries(files, path.join(dir, 'plugin'));
    assert.deepEqual((await readdir(path.join(dir, 'plugin'), { recursive: true })).sort(), [
      'chunks',
      'chunks/AdminPage-abc.js',
      'index.js',
      'index.js.map',
    ]);
    await assert.rejects(writeEntries([{ name: '../escaped.js', data: Buffer.from('') }], path.join(dir, 'plugin')), {
      name: 'InputError',
      message: /refusing to write '\.\.\/escaped\.js' outside/,
    });
    assert.deepEqual((await readdir(dir)).sort(), ['plugin']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
