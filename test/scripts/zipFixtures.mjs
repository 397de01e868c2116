import { createZip } from '../../scripts/zip.mjs';

// createZip refuses unsafe names, so a hostile zip is made with a harmless name of the same length and then
// renamed in place (the name appears in the local header and in the central directory; no checksum covers it).
export async function zipWithEntryNamed(name, content) {
  const placeholder = 'x'.repeat(name.length);
  const zip = await createZip([{ name: placeholder, data: Buffer.from(content) }]);
  const from = Buffer.from(placeholder);
  let at = zip.indexOf(from);
  while (at !== -1) {
    Buffer.from(name).copy(zip, at);
    at = zip.indexOf(from, at + from.length);
  }
  return zip;
}
