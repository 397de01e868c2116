import path from 'node:path';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { watch } from 'rollup';
import { readIdentity, repoRoot } from '../../scripts/plugin-identity.mjs';
import { buildDeck } from './build-deck.mjs';
import { startGate } from './gate.mjs';

const DEMO_PIPELINE = 'bake-demo-pipeline';

function watchPlugin() {
  return loadConfigFile(path.join(repoRoot, 'rollup.config.js')).then(
    ({ options }) =>
      new Promise((resolve, reject) => {
        const watcher = watch(options);
        let first = true;
        watcher.on('event', (event) => {
          if (event.code === 'BUNDLE_END') {
            event.result.close();
            console.log(`plugin built in ${event.duration} ms`);
            if (first) {
              first = false;
              resolve(watcher);
            }
          } else if (event.code === 'ERROR') {
            console.error(`plugin build failed: ${event.error.message}`);
            event.result?.close();
            if (first) {
              reject(event.error);
            }
          }
        });
      }),
  );
}

const identity = readIdentity();
const watcher = await watchPlugin();
await buildDeck();
const gate = await startGate({
  port: Number(process.env.PORT ?? 9000),
  plugin: { id: identity.id, version: identity.version, dir: path.join(repoRoot, 'build', 'dist') },
});
console.log(`Sandbox Deck with ${identity.id} ${identity.version}: ${gate.url}`);
console.log(
  `Demo pipeline editor (open its Bake stage): ${gate.url}/#/applications/demo/executions/configure/${DEMO_PIPELINE}`,
);
console.log('Rebuilding the plugin on change; reload the page to pick it up. Ctrl-C stops.');

const stop = async () => {
  await watcher.close();
  await gate.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
