import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { InputError } from './cli.mjs';

// DOS timestamps are local time: a date built from local fields encodes the same in every time zone, and without
// the extended (UTC) timestamp field nothing else in the zip depends on when or where it was made.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;

// Code-unit order, the same under every locale.
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function unsafeNameReason(name) {
  return name === '' ? 'an empty file name' : yauzl.validateFileName(name);
}

// entries: [{ name, data }] with '/'-separated names. The same entries, in any order, give the same bytes.
export async function createZip(entries, { compress = true } = {}) {
  const sorted = [...entries].sort(byName);
  sorted.forEach(({ name }, index) => {
    const reason = unsafeNameReason(name);
    if (reason) throw new Error(`cannot zip ${reason}`);
    if (index > 0 && sorted[index - 1].name === name) throw new Error(`cannot zip '${name}' twice`);
  });
  const zip = new yazl.ZipFile();
  for (const { name, data } of sorted) {
    zip.addBuffer(data, name, { mtime: FIXED_MTIME, mode: FILE_MODE, compress, forceDosTimestamp: true });
  }
  zip.end();
  return buffer(zip.outputStream);
}

async function collectEntries(zipfile) {
  const entries = [];
  for await (const entry of zipfile.eachEntry()) {
    if (!entry.fileName.endsWith('/')) {
      entries.push({ name: entry.fileName, data: await buffer(await zipfile.openReadStreamPromise(entry)) });
    }
  }
  return entries;
}

// yauzl refuses absolute names and '..' segments, so no entry can point outside the directory it is unpacked into.
export async function readZip(bytes, label = 'zip') {
  try {
    const zipfile = await yauzl.fromBufferPromise(bytes, { strictFileNames: true, validateEntrySizes: true });
    return await collectEntries(zipfile);
  } catch (error) {
    throw new InputError(`refusing ${label}: ${error.message}`);
  }
}

export async function writeEntries(entries, dir) {
  const root = path.resolve(dir);
  for (const { name, data } of entries) {
    const target = path.resolve(root, name);
    if (unsafeNameReason(name) || !target.startsWith(root + path.sep)) {
      throw new InputError(`refusing to write '${name}' outside ${root}`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
  }
}
