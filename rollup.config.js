import { rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
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

export default {
  input: 'src/index.ts',
  // Lets code shared with lazy chunks live in index.js itself instead of a facade plus a second initial chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: OUTPUT_DIR,
    format: 'es',
    entryFileNames: 'index.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  external: SHARED_LIBRARIES,
  plugins: [
    emptyOutputDir,
    typesOnly,
    nodeResolve({ extensions: ['.ts', '.tsx', '.js'] }),
    esbuild({
      target: 'es2019',
      jsx: 'transform',
      minify: true,
      define: { __BAKE_SHARE_IDENTITY__: JSON.stringify({ id, version }) },
    }),
    externalGlobals(Object.fromEntries(SHARED_LIBRARIES.map((name) => [name, sharedGlobal(name)]))),
  ],
};
