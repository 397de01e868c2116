import { readFileSync, readdirSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import externalGlobals from 'rollup-plugin-external-globals';
import { readIdentity } from './scripts/plugin-identity.mjs';

// Libraries Deck exposes to plugins on window.spinnaker.plugins.sharedLibraries (sanitized names, as Deck's
// sharedLibraries.ts does). Bundling any of them would give the plugin a second React or core.
export const SHARED_LIBRARIES = [
  '@spinnaker/core',
  '@uirouter/core',
  '@uirouter/react',
  '@uirouter/rx',
  'lodash',
  'prop-types',
  'react',
  'react-dom',
  'rxjs',
  'rxjs/Observable',
];

const { id, version } = readIdentity();

const sharedGlobal = (name) => `spinnaker.plugins.sharedLibraries.${name.replace(/[^\w]/g, '_')}`;

const typesOnly = {
  name: 'types-only',
  resolveId(source) {
    if (source === '@spinnaker/amazon' || source.startsWith('@spinnaker/amazon/')) {
      this.error(`'${source}' is not shared with plugins by Deck: import its types only ('import type').`);
    }
    return null;
  },
};

const OUTPUT_DIR = 'build/dist';

// Chunk names carry content hashes: without emptying the folder every build would leave the old ones behind.
const emptyOutputDir = {
  name: 'empty-output-dir',
  buildStart() {
    rmSync(OUTPUT_DIR, { recursive: true, force: true });
  },
};

// The companion Rosco templates ship inside the bundle's folder, so Gate serves them beside index.js; the setup page
// links to them through this module, whose URLs rollup writes relative to the chunk that imports it.
export const TEMPLATE_FILES_MODULE = 'bake-share:companion-template-files';
const TEMPLATES_DIR = 'rosco-templates';

const companionTemplateFiles = {
  name: 'companion-template-files',
  resolveId(source) {
    return source === TEMPLATE_FILES_MODULE ? `\0${TEMPLATE_FILES_MODULE}` : null;
  },
  load(id) {
    if (id !== `\0${TEMPLATE_FILES_MODULE}`) return null;
    const files = readdirSync(TEMPLATES_DIR)
      .filter((file) => file.endsWith('.json'))
      .sort();
    const entries = files.map((file) => {
      const source = readFileSync(`${TEMPLATES_DIR}/${file}`);
      const reference = this.emitFile({ type: 'asset', fileName: `templates/${file}`, source });
      return `{ file: ${JSON.stringify(file)}, url: import.meta.ROLLUP_FILE_URL_${reference} }`;
    });
    return `export const COMPANION_TEMPLATE_FILES = [${entries.join(', ')}];`;
  },
};

// Domain code shared by the lazy chunks (the validators' checks, the panel, the admin page) goes into one chunk
// instead of several small ones, which compress worse; what Deck's start needs stays in index.js.
function sharedDomainChunk(id, { getModuleInfo }) {
  if (id === `\0${TEMPLATE_FILES_MODULE}`) return 'domain';
  if (!/\/src\/(share|deck)\//.test(id)) return undefined;
  const seen = new Set();
  const fromEntry = (moduleId) => {
    if (seen.has(moduleId)) return false;
    seen.add(moduleId);
    const info = getModuleInfo(moduleId);
    return Boolean(info?.isEntry) || (info?.importers ?? []).some(fromEntry);
  };
  return fromEntry(id) ? undefined : 'domain';
}

export default {
  input: 'src/index.ts',
  // Lets code shared with lazy chunks live in index.js itself instead of a facade plus a second initial chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: OUTPUT_DIR,
    format: 'es',
    entryFileNames: 'index.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: sharedDomainChunk,
    // Without it rollup pulls the domain chunk's dependencies into it, index.js's own modules among them, and Deck's
    // start would load the domain chunk too.
    onlyExplicitManualChunks: true,
    sourcemap: true,
  },
  external: SHARED_LIBRARIES,
  plugins: [
    emptyOutputDir,
    typesOnly,
    companionTemplateFiles,
    nodeResolve({ extensions: ['.ts', '.tsx', '.js'] }),
    esbuild({
      target: 'es2019',
      jsx: 'transform',
      minify: true,
      // Deck loads plugins with native import(), so import.meta (for the template URLs) is always there.
      supported: { 'import-meta': true },
      define: { __BAKE_SHARE_IDENTITY__: JSON.stringify({ id, version }) },
    }),
    externalGlobals(Object.fromEntries(SHARED_LIBRARIES.map((name) => [name, sharedGlobal(name)]))),
    // esbuild's minified output, minified again: terser's extra passes take about 4% off the gzipped bundle.
    terser({ module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
