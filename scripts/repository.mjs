import { createHash } from 'node:crypto';
import semver from 'semver';
import { InputError } from './cli.mjs';
import { requiredServices } from './plugin-identity.mjs';

export const INDEX_FILE = 'plugins.json';

export const sha512Hex = (bytes) => createHash('sha512').update(bytes).digest('hex');

export const releaseFileName = ({ name, version }) => `${name}-${version}.zip`;

export function parseBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`--base-url '${text}' is not a URL (e.g. https://example.com/bake-share/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`--base-url '${text}' must be an http(s) URL`);
  }
  // Without the trailing slash, the last segment would be replaced when file names are resolved against it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

// Relative to plugins.json unless the repository's public address is known.
export function hostedUrl(fileName, baseUrl) {
  return baseUrl ? new URL(fileName, baseUrl).href : fileName;
}

export function pluginInfo(identity, release) {
  return { id: identity.id, description: identity.description, provider: identity.provider, releases: [release] };
}

export function releaseRecord(identity, { date, url, sha512sum }) {
  return {
    version: identity.version,
    date,
    requires: identity.requires,
    ...(url === undefined ? {} : { url }),
    sha512sum,
    preferred: false,
  };
}

export function repositoriesList(name, baseUrl) {
  return [{ id: name, url: hostedUrl(INDEX_FILE, baseUrl) }];
}

function isPluginEntry(entry) {
  return typeof entry?.id === 'string' && Array.isArray(entry.releases);
}

export function parsePluginsIndex(text, label = INDEX_FILE) {
  let index;
  try {
    index = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${label} is not JSON: ${error.message}`);
  }
  if (!Array.isArray(index) || !index.every(isPluginEntry)) {
    throw new InputError(`${label} is not a plugin repository index: expected [{ id, releases: [...] }, ...]`);
  }
  return index;
}

export function assertNewRelease(plugins, { id, version }) {
  const plugin = plugins.find((entry) => entry.id === id);
  if (plugin?.releases.some((release) => release.version === version)) {
    throw new InputError(
      `${INDEX_FILE} already has ${id} ${version}; a released version never changes: raise the version in package.json`,
    );
  }
}

// Adds info's single release; every other plugin and every older release stays as it is.
export function addRelease(plugins, info) {
  const [release] = info.releases;
  assertNewRelease(plugins, { id: info.id, version: release.version });
  const { releases, ...details } = info;
  const existing = plugins.find((entry) => entry.id === info.id);
  if (!existing) {
    return [...plugins, { ...details, releases }];
  }
  return plugins.map((entry) =>
    entry === existing ? { ...entry, ...details, releases: [...entry.releases, release] } : entry,
  );
}

export const servesDeck = (release) => requiredServices(release.requires).includes('deck');

function choosePlugin(plugins, pluginId) {
  if (pluginId === undefined) {
    if (plugins.length === 1) return plugins[0];
    throw new InputError(`${INDEX_FILE} lists ${plugins.length} plugins; name one: ${describeIds(plugins)}`);
  }
  const plugin = plugins.find((entry) => entry.id === pluginId);
  if (!plugin) {
    throw new InputError(`${INDEX_FILE} has no plugin ${pluginId} (it lists: ${describeIds(plugins)})`);
  }
  return plugin;
}

const describeIds = (plugins) => plugins.map((entry) => entry.id).join(', ') || 'none';

// As Gate does for its deck proxy: a pinned version, or else the newest release that Deck can load.
export function selectRelease(plugins, { pluginId, version } = {}) {
  const plugin = choosePlugin(plugins, pluginId);
  const forDeck = plugin.releases.filter(servesDeck);
  if (version !== undefined) {
    const pinned = forDeck.find((release) => release.version === version);
    if (!pinned) {
      const known = forDeck.map((release) => release.version).join(', ') || 'none';
      throw new InputError(`${plugin.id} has no release ${version} for deck (releases for deck: ${known})`);
    }
    return { plugin, release: pinned };
  }
  const newest = forDeck
    .filter((release) => semver.valid(release.version))
    .sort((a, b) => semver.rcompare(a.version, b.version))[0];
  if (!newest) {
    throw new InputError(`${plugin.id} has no release whose requires names deck`);
  }
  return { plugin, release: newest };
}

export function verifySha512(bytes, expected, label) {
  if (typeof expected !== 'string' || expected === '') {
    throw new InputError(`refusing ${label}: ${INDEX_FILE} gives no sha512sum for it`);
  }
  const actual = sha512Hex(bytes);
  if (actual !== expected.toLowerCase()) {
    throw new InputError(`refusing ${label}: its sha512 is ${actual}, but ${INDEX_FILE} says ${expected}`);
  }
}
