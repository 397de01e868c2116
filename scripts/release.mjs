import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { InputError, runCli } from './cli.mjs';
import { readIdentity, repoRoot } from './plugin-identity.mjs';
import {
  INDEX_FILE,
  addRelease,
  assertNewRelease,
  hostedUrl,
  parseBaseUrl,
  parsePluginsIndex,
  pluginInfo,
  releaseFileName,
  releaseRecord,
  repositoriesList,
  sha512Hex,
} from './repository.mjs';
import { createZip } from './zip.mjs';

const USAGE = 'usage: npm run release -- [--base-url https://…/] [--out-dir build] [--repository-dir <dir>]';

function readOptions(args) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'base-url': { type: 'string' },
        'out-dir': { type: 'string', default: path.join(repoRoot, 'build') },
        'repository-dir': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new InputError(`${error.message}\n${USAGE}`);
  }
  const outDir = path.resolve(values['out-dir']);
  return {
    baseUrl: values['base-url'] === undefined ? undefined : parseBaseUrl(values['base-url']),
    distributionsDir: path.join(outDir, 'distributions'),
    repositoryDir: path.resolve(values['repository-dir'] ?? path.join(outDir, 'repository')),
  };
}

async function readExistingIndex(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw new InputError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
  return parsePluginsIndex(text, file);
}

// The production build, exactly as `npm run build` makes it. Only the files this build wrote are released, so
// nothing left over in the output directory can slip in.
async function buildPlugin() {
  const { options, warnings } = await loadConfigFile(path.join(repoRoot, 'rollup.config.js'));
  warnings.flush();
  const files = [];
  for (const inputOptions of options) {
    let bundle;
    try {
      bundle = await rollup(inputOptions);
      for (const outputOptions of inputOptions.output) {
        const { output } = await bundle.write(outputOptions);
        files.push(...output.map((file) => ({ name: file.fileName, data: Buffer.from(file.code ?? file.source) })));
      }
    } catch (error) {
      throw new InputError(`the production build failed: ${error.message}${error.frame ? `\n${error.frame}` : ''}`);
    } finally {
      await bundle?.close();
    }
  }
  if (!files.some((file) => file.name === 'index.js')) {
    throw new InputError('the production build made no index.js, which is what Deck loads');
  }
  return files;
}

// The layout of Spinnaker's plugin bundler: the release zip holds deck.zip, whose root is what Gate serves.
async function packRelease(files) {
  const deckZip = await createZip(files);
  return createZip([{ name: 'deck.zip', data: deckZip }], { compress: false });
}

const writeJson = (file, value) => writeFile(file, `${JSON.stringify(value, null, 2)}\n`);

async function writeDistributions(dir, { fileName, releaseZip, info }) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, fileName), releaseZip);
  await writeJson(path.join(dir, 'plugin-info.json'), info);
}

// The companion Rosco templates are in deck.zip (Gate serves them beside index.js) and, for admins who install them
// from the repository, in a folder per release beside plugins.json.
export const TEMPLATES_FOLDER = 'rosco-templates';

async function writeRepository(dir, { fileName, releaseZip, plugins, repositories, templates, version }) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, fileName), releaseZip);
  const templatesDir = path.join(dir, TEMPLATES_FOLDER, version);
  await mkdir(templatesDir, { recursive: true });
  for (const template of templates)
    await writeFile(path.join(templatesDir, path.basename(template.name)), template.data);
  await writeJson(path.join(dir, INDEX_FILE), plugins);
  await writeJson(path.join(dir, 'repositories.json'), repositories);
}

async function release({ baseUrl, distributionsDir, repositoryDir }) {
  const identity = readIdentity();
  const existing = await readExistingIndex(path.join(repositoryDir, INDEX_FILE));
  assertNewRelease(existing, identity);

  const files = await buildPlugin();
  const releaseZip = await packRelease(files);
  const fileName = releaseFileName(identity);
  const record = releaseRecord(identity, { date: new Date().toISOString(), sha512sum: sha512Hex(releaseZip) });
  const info = pluginInfo(identity, record);
  const hosted = pluginInfo(identity, releaseRecord(identity, { ...record, url: hostedUrl(fileName, baseUrl) }));
  const plugins = addRelease(existing, hosted);

  await writeDistributions(distributionsDir, { fileName, releaseZip, info });
  await writeRepository(repositoryDir, {
    fileName,
    releaseZip,
    plugins,
    repositories: repositoriesList(identity.name, baseUrl),
    templates: files.filter((file) => file.name.startsWith('templates/')),
    version: identity.version,
  });
  return { identity, fileName, releaseZip, record, plugins };
}

function report({ distributionsDir, repositoryDir }, { identity, fileName, releaseZip, record, plugins }) {
  const releases = plugins.find((plugin) => plugin.id === identity.id).releases.length;
  const shown = (file) => (file.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, file) : file);
  console.log(`${identity.id} ${identity.version}`);
  console.log(`  ${shown(path.join(distributionsDir, fileName))} (${releaseZip.length} bytes)`);
  console.log(`  sha512 ${record.sha512sum}`);
  console.log(`  ${shown(path.join(distributionsDir, 'plugin-info.json'))}`);
  console.log(`  ${shown(path.join(repositoryDir, INDEX_FILE))} (${releases} release${releases === 1 ? '' : 's'})`);
  console.log(
    `  ${shown(path.join(repositoryDir, TEMPLATES_FOLDER, identity.version))}/ (the companion Rosco templates)`,
  );
}

runCli('release', async () => {
  const options = readOptions(process.argv.slice(2));
  // rollup.config.js names its input and output relative to the project.
  process.chdir(repoRoot);
  report(options, await release(options));
});
