import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { BUDGET, bundleReport, staticImportsOf } from '../../scripts/bundle-report.mjs';
import { repoRoot } from '../../scripts/plugin-identity.mjs';

const distDir = path.join(repoRoot, 'build', 'dist');
const report = bundleReport(distDir);

test('the initial chunk stays within its gzip budget', () => {
  assert.ok(
    report.initialGzipBytes <= BUDGET.initialGzipBytes,
    `index.js is ${report.initialGzipBytes} B gzip, budget ${BUDGET.initialGzipBytes} B`,
  );
});

test("Deck's start downloads index.js alone: every other chunk is imported when it is needed", () => {
  assert.deepEqual(report.initialFiles, ['index.js']);
});

test('a chunk imported statically counts towards what Deck downloads at its start', () => {
  assert.deepEqual(staticImportsOf('import{a as b}from"./chunks/domain-1.js";import("./chunks/x.js")', 'index.js'), [
    'chunks/domain-1.js',
  ]);
  assert.deepEqual(staticImportsOf('import"./side.js";const x=1;import * as y from "../z.js"', 'chunks/a.js'), [
    'chunks/side.js',
    'z.js',
  ]);
});

test('all chunks together stay within their gzip budget', () => {
  assert.ok(
    report.allGzipBytes <= BUDGET.allGzipBytes,
    `all chunks are ${report.allGzipBytes} B gzip, budget ${BUDGET.allGzipBytes} B`,
  );
});

test('no library Deck shares with plugins is bundled', () => {
  assert.deepEqual(report.sharedLibraries, {});
  const code = report.chunks.map((chunk) => readFileSync(path.join(distDir, chunk.file), 'utf8')).join('\n');
  assert.doesNotMatch(code, /__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED|angular\.module\(['"]ng['"]/);
  assert.match(code, /spinnaker\.plugins\.sharedLibraries\.react\b/);
  assert.match(code, /spinnaker\.plugins\.sharedLibraries\._spinnaker_core\b/);
});
