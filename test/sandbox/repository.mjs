import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../scripts/cli.mjs';
import { isPluginId, isSemver } from '../../scripts/plugin-identity.mjs';
import { INDEX_FILE, parsePluginsIndex, selectRelease, verifySha512 } from '../../scripts/repository.mjs';
import { readZip, writeEntries } from '../../scripts/zip.mjs';

const isHttp = (location) => /^https?:\/\//i.test(location);

// Like Gate's `spinnaker.extensibility.repositories.<name>.url`, but a directory or a plugins.json path works too.
async function indexLocation(repository) {
  if (isHttp(repository)) {
    return new URL(repository.endsWith('.json') ? repository : `${repository.replace(/\/?$/, '/')}${INDEX_FILE}`).href;
  }
  const file = path.resolve(repository.startsWith('file:') ? fileURLToPath(repository) : repository);
  const info = await stat(file).catch(() => null);
  if (!info) {
    throw new InputError(`no plugin repository at ${file}`);
  }
  return info.isDirectory() ? path.join(file, INDEX_FILE) : file;
}

function releaseLocation(index, url) {
  if (isHttp(url) || isHttp(index)) {
    return new URL(url, isHttp(index) ? index : undefined).href;
  }
  return url.startsWith('file:') ? fileURLToPath(url) : path.resolve(path.dirname(index), url);
}

async function download(location) {
  if (!isHttp(location)) {
    return readFile(location).catch((error) => {
      throw new InputError(`cannot read ${location}: ${error.code ?? error.message}`);
    });
  }
  const response = await fetch(location).catch((error) => {
    throw new InputError(`cannot download ${location}: ${error.cause?.message ?? error.message}`);
  });
  if (!response.ok) {
    throw new InputError(`cannot download ${location}: HTTP ${response.status}`);
  }
  return Buffer.from(await response.arrayBuffer());
}

async function deckFiles(releaseZip, label) {
  const deckZip = (await readZip(releaseZip, label)).find((entry) => entry.name === 'deck.zip');
  if (!deckZip) {
    throw new InputError(`refusing ${label}: it holds no deck.zip, so it has nothing for Deck`);
  }
  const files = await readZip(deckZip.data, `deck.zip in ${label}`);
  if (!files.some((file) => file.name === 'index.js')) {
    throw new InputError(`refusing ${label}: its deck.zip has no index.js at its root`);
  }
  return files;
}

// What Gate's deck proxy does with a repository: pick the release, download it, check its sha512, unpack deck.zip.
// Resolves to the plugin to hand to startGate: { id, version, dir } (plus where it came from).
export async function installFromRepository({ repository, pluginId, version, workDir }) {
  const index = await indexLocation(repository);
  const plugins = parsePluginsIndex((await download(index)).toString('utf8'), index);
  const { plugin, release } = selectRelease(plugins, { pluginId, version });
  // Both become directory names below workDir.
  if (!isPluginId(plugin.id) || !isSemver(release.version)) {
    throw new InputError(
      `${index}: refusing plugin '${plugin.id}' release '${release.version}': not Namespace.Name x.y.z`,
    );
  }
  if (typeof release.url !== 'string' || release.url === '') {
    throw new InputError(`${index}: ${plugin.id} ${release.version} has no url`);
  }
  const location = releaseLocation(index, release.url);
  const label = `${plugin.id} ${release.version} (${location})`;
  const releaseZip = await download(location);
  verifySha512(releaseZip, release.sha512sum, label);
  const files = await deckFiles(releaseZip, label);
  const dir = path.join(path.resolve(workDir), plugin.id, release.version);
  await rm(dir, { recursive: true, force: true });
  await writeEntries(files, dir);
  return { id: plugin.id, version: release.version, dir, url: location, sha512sum: release.sha512sum };
}
