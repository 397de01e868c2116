import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// What Deck loads at its start, and everything the plugin can ever load (the panel and the admin page included).
export const BUDGET = { initialGzipBytes: 12 * 1024, allGzipBytes: 60 * 1024 };

// The libraries Deck shares with plugins (and AngularJS, which it owns): none may be inside the bundle.
const SHARED_PACKAGES = [
  'react',
  'react-dom',
  'scheduler',
  '@spinnaker/core',
  'lodash',
  'rxjs',
  '@uirouter/core',
  '@uirouter/react',
  '@uirouter/rx',
  'prop-types',
  'angular',
];

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? listFiles(file) : [file];
  });
}

const packageOf = (source) => {
  const match = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  return match?.[1];
};

function sharedLibraryBytes(mapFile) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const found = {};
  map.sources.forEach((source, index) => {
    const name = packageOf(source);
    if (name && SHARED_PACKAGES.includes(name)) {
      found[name] = (found[name] ?? 0) + Buffer.byteLength(map.sourcesContent?.[index] ?? '');
    }
  });
  return found;
}

// The chunks a chunk imports statically: Deck loads those with it, where import() waits until it is called.
const STATIC_IMPORT =
  /(?:^|[;}\s])import\s*(?:[\w$]+|\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*(?:from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

export function staticImportsOf(code, fromFile) {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => path.join(path.dirname(fromFile), match[1]));
}

// Sizes of every chunk of the built plugin, and any shared library the source maps say was bundled.
export function bundleReport(distDir) {
  const scripts = listFiles(distDir).filter((file) => file.endsWith('.js'));
  const chunks = scripts.map((file) => {
    const code = readFileSync(file);
    return {
      file: path.relative(distDir, file),
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      sharedLibraries: statSync(`${file}.map`, { throwIfNoEntry: false }) ? sharedLibraryBytes(`${file}.map`) : {},
    };
  });
  const initial = chunks.find((chunk) => chunk.file === 'index.js');
  if (!initial) {
    throw new Error(`${distDir} has no index.js: run npm run build first`);
  }
  const loadedAtStart = new Set();
  const visit = (file) => {
    if (loadedAtStart.has(file)) return;
    loadedAtStart.add(file);
    staticImportsOf(readFileSync(path.join(distDir, file), 'utf8'), file).forEach(visit);
  };
  visit('index.js');
  const sharedLibraries = {};
  chunks.forEach((chunk) =>
    Object.entries(chunk.sharedLibraries).forEach(([name, bytes]) => {
      sharedLibraries[name] = (sharedLibraries[name] ?? 0) + bytes;
    }),
  );
  return {
    chunks,
    // What Deck downloads at its start: index.js and whatever it imports statically.
    initialFiles: [...loadedAtStart],
    initialGzipBytes: chunks
      .filter((chunk) => loadedAtStart.has(chunk.file))
      .reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    allGzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    sharedLibraries,
    sharedLibraryBytes: Object.values(sharedLibraries).reduce((sum, bytes) => sum + bytes, 0),
  };
}
