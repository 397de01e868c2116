import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { readIdentity, repoRoot } from '../../scripts/plugin-identity.mjs';

const identity = readIdentity();
const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');

function fencedBlocks(markdown, language) {
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...markdown.matchAll(fence)].map(([, body]) => body);
}

function section(markdown, heading) {
  const start = markdown.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `README has a '${heading}' section`);
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return markdown.slice(start, next === -1 ? undefined : next);
}

const install = section(readme, '## Install in Spinnaker');
const yamlBlocks = fencedBlocks(readme, 'yaml');

// Each YAML snippet starts with a comment naming the file or resource it belongs in.
function snippet(title) {
  const body = fencedBlocks(install, 'yaml').find((block) => block.startsWith(`# ${title}\n`));
  assert.ok(body, `README has a yaml snippet titled '${title}'`);
  return parse(body);
}

const commands = fencedBlocks(install, 'sh').flatMap((block) => block.split('\n'));
const command = (prefix) => {
  const line = commands.find((text) => text.startsWith(prefix));
  assert.ok(line, `README shows '${prefix} …'`);
  return line;
};

const REPOSITORY_URL = /^https:\/\/\S+\/plugins\.json$/;

test('every yaml snippet in README parses', () => {
  assert.ok(yamlBlocks.length >= 4);
  for (const block of yamlBlocks) {
    assert.doesNotThrow(() => parse(block), block);
  }
});

function assertGateProfile(gate) {
  const { repositories, 'deck-proxy': deckProxy } = gate.spinnaker.extensibility;
  const [repository] = Object.values(repositories);
  assert.match(repository.url, REPOSITORY_URL);
  assert.equal(deckProxy.enabled, true);
  assert.deepEqual(deckProxy.plugins[identity.id], { enabled: true, version: identity.version });
  return repository.url;
}

test("Halyard's gate-local.yml enables the repository and the plugin in Gate's deck proxy", () => {
  const url = assertGateProfile(snippet('~/.hal/default/profiles/gate-local.yml'));
  assert.ok(command('hal plugins repository add').endsWith(` --url ${url}`));
});

test('the hal commands name the plugin id and the version in package.json', () => {
  const words = command('hal plugins add').split(/\s+/);
  assert.equal(words[3], identity.id);
  assert.equal(words[words.indexOf('--version') + 1], identity.version);
  assert.equal(words[words.indexOf('--enabled') + 1], 'true');
  const repositoryName = command('hal plugins repository add').split(/\s+/)[4];
  const gate = snippet('~/.hal/default/profiles/gate-local.yml');
  assert.ok(repositoryName in gate.spinnaker.extensibility.repositories);
});

test("the Operator's SpinnakerService puts the same settings in profiles.gate", () => {
  const service = snippet('SpinnakerService');
  assert.equal(service.kind, 'SpinnakerService');
  assert.match(service.apiVersion, /^spinnaker\.io\//);
  assertGateProfile(service.spec.spinnakerConfig.profiles.gate);
  assert.deepEqual(service.spec.spinnakerConfig.profiles.gate, snippet('~/.hal/default/profiles/gate-local.yml'));
});

function assertRoscoEnv(env) {
  assert.equal(typeof env.SPINNAKER_AWS_DEFAULT_ACCOUNT, 'string', 'the account ID stays a string');
  assert.match(env.SPINNAKER_AWS_DEFAULT_ACCOUNT, /^\d{12}$/);
  assert.match(env.SPINNAKER_AWS_DEFAULT_REGION, /^[a-z]{2}(-gov)?-[a-z]+-\d$/);
}

test("Rosco's environment is shown for Halyard and for the Operator", () => {
  assertRoscoEnv(snippet('~/.hal/default/service-settings/rosco.yml').env);
  assertRoscoEnv(snippet('SpinnakerService (Operator)').spec.spinnakerConfig['service-settings'].rosco.env);
  assert.match(install, /#\/bake-share\/setup/);
});

test('the release commands use the script package.json defines', async () => {
  const { scripts } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  assert.equal(scripts.release, 'node scripts/release.mjs');
  assert.ok(commands.some((line) => line.startsWith('npm run release -- --base-url https://')));
  assert.match(install, new RegExp(`build/distributions/${identity.name}-<version>\\.zip`));
});
