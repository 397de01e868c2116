import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const ID_FORMAT = /^[A-Za-z][A-Za-z0-9]*\.[A-Za-z][A-Za-z0-9]*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function validateIdentity(manifest, version) {
  const problems = [];
  for (const field of ['id', 'name', 'description', 'provider', 'license', 'requires']) {
    if (typeof manifest?.[field] !== 'string' || manifest[field].trim() === '') {
      problems.push(`plugin.yaml: '${field}' is missing`);
    }
  }
  if (typeof manifest?.id === 'string' && !ID_FORMAT.test(manifest.id)) {
    problems.push(`plugin.yaml: id '${manifest.id}' must look like Namespace.Name`);
  }
  if (!SEMVER.test(String(version ?? ''))) {
    problems.push(`package.json: version '${version}' is not semver (x.y.z)`);
  }
  return problems;
}

export function readIdentity(root = repoRoot) {
  const manifest = parse(readFileSync(join(root, 'plugin.yaml'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const problems = validateIdentity(manifest, version);
  if (problems.length > 0) {
    throw new Error(problems.join('\n'));
  }
  return { ...manifest, version };
}
