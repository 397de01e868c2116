import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import externalGlobals from 'rollup-plugin-external-globals';

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

export default {
  input: 'src/index.ts',
  output: {
    dir: 'build/dist',
    format: 'es',
    entryFileNames: 'index.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  external: SHARED_LIBRARIES,
  plugins: [
    typesOnly,
    nodeResolve({ extensions: ['.ts', '.tsx', '.js'] }),
    esbuild({ target: 'es2019', jsx: 'transform', minify: true }),
    externalGlobals(Object.fromEntries(SHARED_LIBRARIES.map((name) => [name, sharedGlobal(name)]))),
  ],
};
