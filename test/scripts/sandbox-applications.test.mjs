import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGate } from '../sandbox/gate.mjs';

let gate;

before(async () => {
  gate = await startGate({ log: () => {}, recordFile: undefined, reviewFixtures: { applications: 30 } });
});

after(async () => {
  await gate?.close();
});

const getJson = async (pathname) => {
  const response = await fetch(`${gate.url}${pathname}`);
  assert.equal(response.status, 200, `GET ${pathname}`);
  return response.json();
};

// Deck 0.0.479's ApplicationReader.setDisabledDataSources calls attributes.dataSources.enabled.includes(…) and
// .disabled.includes(…) whenever dataSources is there; Front50 leaves it out until the data sources are edited, and
// then stores { enabled: [...], disabled: [...] }. Anything else stops Deck loading the application.
function assertDeckReadsDataSources(name, dataSources) {
  if (dataSources === undefined) return;
  assert.ok(Array.isArray(dataSources?.enabled), `${name}: attributes.dataSources.enabled is a list`);
  assert.ok(Array.isArray(dataSources?.disabled), `${name}: attributes.dataSources.disabled is a list`);
}

test('every application the fixture Gate lists opens in Deck', async () => {
  const listed = await getJson('/applications');
  assert.ok(listed.length > 1, 'the demo application and the generated ones');
  for (const { name } of listed) {
    const application = await getJson(`/applications/${encodeURIComponent(name)}`);
    assert.equal(application.name, name);
    assert.equal(application.attributes.name, name);
    assertDeckReadsDataSources(name, application.attributes.dataSources);
  }
});

test('the check refuses the shapes Deck cannot read', () => {
  assert.throws(() => assertDeckReadsDataSources('empty', {}));
  assert.throws(() => assertDeckReadsDataSources('half', { enabled: [] }));
  assert.throws(() => assertDeckReadsDataSources('null', null));
  assertDeckReadsDataSources('unset', undefined);
  assertDeckReadsDataSources('edited', { enabled: ['canary'], disabled: [] });
});
