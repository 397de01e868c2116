import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { watch } from 'rollup';
import { InputError, runCli } from '../../scripts/cli.mjs';
import { readIdentity, repoRoot } from '../../scripts/plugin-identity.mjs';
import { buildDeck } from './build-deck.mjs';
import { startGate } from './gate.mjs';
import { installFromRepository } from './repository.mjs';

const DEMO_PIPELINE = 'bake-demo-pipeline';
const USAGE =
  'usage: npm start [-- [--repository <dir, plugins.json or http(s) URL> [--plugin-version x.y.z]] ' +
  "[--gate '<fixture Gate options as JSON>']]";

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

function readOptions(args) {
  try {
    const { values } = parseArgs({
      args,
      options: {
        repository: { type: 'string' },
        'plugin-version': { type: 'string' },
        gate: { type: 'string' },
      },
    });
    return {
      repository: values.repository ?? process.env.BAKE_SHARE_REPOSITORY,
      version: values['plugin-version'] ?? process.env.BAKE_SHARE_PLUGIN_VERSION,
      gate: JSON.parse(values.gate ?? process.env.BAKE_SHARE_SANDBOX_GATE ?? '{}'),
    };
  } catch (error) {
    throw new InputError(`${error.message}\n${USAGE}`);
  }
}

async function pluginFromBuild(identity) {
  const watcher = await watchPlugin();
  const plugin = { id: identity.id, version: identity.version, dir: path.join(repoRoot, 'build', 'dist') };
  return {
    plugin,
    stop: () => watcher.close(),
    note: 'Rebuilding the plugin on change; reload the page to pick it up.',
  };
}

async function pluginFromRepository(identity, { repository, version }) {
  const workDir = path.join(repoRoot, 'build', 'sandbox-plugins');
  const plugin = await installFromRepository({ repository, pluginId: identity.id, version, workDir });
  console.log(`Installed ${plugin.id} ${plugin.version} from ${plugin.url} (sha512 verified)`);
  return { plugin, stop: async () => {}, note: `Serving the release unpacked in ${plugin.dir}.` };
}

runCli('sandbox', async () => {
  const options = readOptions(process.argv.slice(2));
  const identity = readIdentity();
  const { plugin, stop, note } = options.repository
    ? await pluginFromRepository(identity, options)
    : await pluginFromBuild(identity);
  await buildDeck();
  // Fault and scale switches of the fixture Gate, e.g. {"accountCount":5000} or {"credentials":"fail"}.
  const gate = await startGate({ ...options.gate, port: Number(process.env.PORT ?? 9000), plugin });
  console.log(`Sandbox Deck with ${plugin.id} ${plugin.version}: ${gate.url}`);
  console.log(
    `Demo pipeline editor (open its Bake stage): ${gate.url}/#/applications/demo/executions/configure/${DEMO_PIPELINE}`,
  );
  console.log(`Admin page: ${gate.url}/#/bake-share`);
  console.log(`${note} Ctrl-C stops.`);

  const shutdown = async () => {
    await stop();
    await gate.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
});
