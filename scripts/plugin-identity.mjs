import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import semver from 'semver';
import { InputError } from './cli.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const ID_FORMAT = /^[A-Za-z][A-Za-z0-9]*\.[A-Za-z][A-Za-z0-9]*$/;
export const isPluginId = (id) => ID_FORMAT.test(String(id));
// Only the canonical spelling: the version becomes a file and folder name (no 'v1.2.3' or '=1.2.3').
export const isSemver = (version) => /^\d\S*$/.test(String(version)) && semver.valid(String(version)) !== null;

const REQUIREMENT = /^([A-Za-z][\w-]*)\s*(?:[<>=!~^].*)?$/;

// `requires` lists services as pf4j writes them: "deck>=0.0.0" or "orca>=8.0.0,deck>=0.0.0".
export function requiredServices(requires) {
  return String(requires ?? '')
    .split(',')
    .map((requirement) => REQUIREMENT.exec(requirement.trim())?.[1].toLowerCase())
    .filter(Boolean);
}

export function validateIdentity(manifest, version) {
  const problems = [];
  for (const field of ['id', 'name', 'description', 'provider', 'license', 'requires']) {
    if (typeof manifest?.[field] !== 'string' || manifest[field].trim() === '') {
      problems.push(`plugin.yaml: '${field}' is missing`);
    }
  }
  if (typeof manifest?.id === 'string' && !isPluginId(manifest.id)) {
    problems.push(`plugin.yaml: id '${manifest.id}' must look like Namespace.Name`);
  }
  if (typeof manifest?.requires === 'string' && !requiredServices(manifest.requires).includes('deck')) {
    problems.push(`plugin.yaml: requires '${manifest.requires}' must name deck (e.g. deck>=0.0.0)`);
  }
  if (!isSemver(version ?? '')) {
    problems.push(`package.json: version '${version}' is not semver (x.y.z)`);
  }
  return problems;
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
}

function parseAs(file, text, parser) {
  try {
    return parser(text);
  } catch (error) {
    throw new InputError(`${file} is not valid: ${error.message}`);
  }
}

export function readIdentity(root = repoRoot) {
  const manifest = parseAs('plugin.yaml', readText(join(root, 'plugin.yaml')), parse);
  const { version } = parseAs('package.json', readText(join(root, 'package.json')), JSON.parse);
  const problems = validateIdentity(manifest, version);
  if (problems.length > 0) {
    throw new InputError(problems.join('\n'));
  }
  return { ...manifest, version };
}
