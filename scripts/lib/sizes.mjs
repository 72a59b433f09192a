// Bundle sizes as a page downloads them: an ES entry with every chunk it
// imports statically (data shards are loaded on demand and counted apart),
// raw, gzip and brotli. Used by the benchmark and the size-budget test.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Files an ES module imports statically (`import … from "./x.js"`, `import "./x.js"`), transitively. */
export function staticClosure(file) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(normalize(join(dirname(path), match[1])));
  };
  visit(file);
  return [...seen];
}

export function measure(files) {
  const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
  return {
    files: files.length,
    raw: bytes.length,
    gzip: files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0),
    brotli: files.reduce((n, f) => n + brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

/** The data shard chunks in dist/chunks, by programme id. */
export function shardChunks(dist = 'dist') {
  const programs = readdirSync('data/runtime/programs').map((f) => f.replace(/\.js$/, ''));
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
  return Object.fromEntries(programs.map((id) => [id, join(dist, 'chunks', chunks.find((c) => c.startsWith(`${id}-`)) ?? '')]));
}

/** What each way of using the library costs to download. */
export function bundleSizes(dist = 'dist') {
  if (!existsSync(join(dist, 'henan-health-widgets.js'))) throw new Error(`${dist} is not built: run npm run build`);
  const shards = shardChunks(dist);
  const shardSizes = Object.fromEntries(Object.entries(shards).map(([id, file]) => [id, measure([file])]));
  const largestShard = Object.entries(shardSizes).sort((a, b) => b[1].gzip - a[1].gzip)[0];
  const entry = (name) => staticClosure(join(dist, `${name}.js`));
  return {
    'single script (every element, whole dataset)': measure([join(dist, 'henan-health-widgets.js')]),
    'ES: city-metric-card': measure(entry('city-metric-card')),
    [`ES: city-metric-card + largest data shard (${largestShard[0]})`]: measure([...entry('city-metric-card'), shards[largestShard[0]]]),
    'ES: program-comparison': measure(entry('program-comparison')),
    'ES: city-ranking': measure(entry('city-ranking')),
    'ES: henan-map (with its geometry)': measure(entry('henan-map')),
    'ES: all': measure(entry('all')),
    'ES: all + every data shard': measure([...entry('all'), ...Object.values(shards)]),
    'iframe: embed-frame.js': measure([join(dist, 'embed-frame.js')]),
    'host: embed-host.js': measure([join(dist, 'embed-host.js')]),
  };
}
