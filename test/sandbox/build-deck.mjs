import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const sandboxDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(sandboxDir, '../..');
const deckDir = path.join(sandboxDir, 'deck');

export const defaultOutDir = path.join(repoDir, 'build', 'sandbox');

const assetLoaders = Object.fromEntries(
  ['.woff', '.woff2', '.ttf', '.eot', '.otf', '.svg', '.png', '.gif', '.ico'].map((ext) => [ext, 'file']),
);

const rootAlias = {
  name: 'root-alias',
  setup(build) {
    build.onResolve({ filter: /^root\/version\.json$/ }, () => ({ path: path.join(deckDir, 'version.json') }));
  },
};

async function mtime(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

async function newestInput() {
  const deckFiles = (await readdir(deckDir)).map((name) => path.join(deckDir, name));
  const inputs = [
    path.join(repoDir, 'node_modules', '@spinnaker', 'core', 'package.json'),
    path.join(repoDir, 'package-lock.json'),
    fileURLToPath(import.meta.url),
    ...deckFiles,
  ];
  const times = await Promise.all(inputs.map(mtime));
  return Math.max(...times);
}

async function isUpToDate(outDir) {
  const outputs = ['index.html', 'app.js', 'app.css'].map((name) => path.join(outDir, name));
  const times = await Promise.all(outputs.map(mtime));
  return Math.min(...times) > (await newestInput());
}

export async function buildDeck({ outDir = defaultOutDir, force = false, logLevel = 'warning' } = {}) {
  if (!force && (await isUpToDate(outDir))) {
    return { outDir, cached: true };
  }
  await mkdir(outDir, { recursive: true });
  await esbuild.build({
    absWorkingDir: repoDir,
    entryPoints: { app: path.join(deckDir, 'main.js') },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome100',
    outdir: outDir,
    assetNames: 'assets/[name]-[hash]',
    loader: assetLoaders,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    // The repo's tsconfig is for the plugin; its strict mode would break Deck's sloppy-mode vendor code.
    tsconfigRaw: '{}',
    plugins: [rootAlias],
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel,
    logOverride: { 'css-syntax-error': 'silent' },
  });
  await copyFile(path.join(deckDir, 'index.html'), path.join(outDir, 'index.html'));
  return { outDir, cached: false };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const { outDir, cached } = await buildDeck({ force: process.argv.includes('--force') });
  console.log(`deck ${cached ? 'up to date' : 'built'} in ${outDir} (${Date.now() - started} ms)`);
}
