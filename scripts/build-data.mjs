#!/usr/bin/env node
// npm run build:data — compiles data/ + seeds/ into data/dataset.json, dataset.csv
// and COVERAGE.md, and the runtime shards the components load (data/runtime/).
// Writes nothing when anything is refused.
//   --check          validate only, write nothing
//   --source NNN     only the facts of seed NNN (implies --check)
//   --data DIR --seeds DIR --out DIR   for tests with fixtures
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileDataset } from './data/compile.mjs';
import { allProgramsModule, runtimeShards, shardModule } from './data/runtime.mjs';
import { buildMap } from './data/map.mjs';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    source: { type: 'string' },
    data: { type: 'string', default: 'data' },
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string' },
  },
});

const result = compileDataset({ dataDir: values.data, seedsDir: values.seeds, onlySource: values.source });
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (result.errors.length || !result.dataset) {
  for (const error of result.errors) console.error(error);
  console.error(`build:data refused ${result.errors.length} problem(s); nothing was written.`);
  process.exit(1);
}
const { dataset } = result;
const { map, errors: mapErrors } = buildMap(dataset.entities);
if (mapErrors.length) {
  for (const error of mapErrors) console.error(`data/entities: ${error}`);
  console.error(`build:data refused ${mapErrors.length} map problem(s); nothing was written.`);
  process.exit(1);
}
const summary = `${dataset.facts.length} facts, ${dataset.metrics.length} metrics, ${dataset.entities.length} entities`;
if (values.check || values.source) {
  console.log(`build:data check passed: ${summary}`);
} else {
  const out = values.out ?? values.data;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
  writeFileSync(join(out, 'dataset.csv'), result.csv);
  writeFileSync(join(out, 'COVERAGE.md'), result.coverage);
  const { index, programs } = runtimeShards(dataset);
  rmSync(join(out, 'runtime'), { recursive: true, force: true });
  mkdirSync(join(out, 'runtime', 'programs'), { recursive: true });
  writeFileSync(join(out, 'runtime', 'index.js'), shardModule(index));
  for (const [id, shard] of programs) writeFileSync(join(out, 'runtime', 'programs', `${id}.js`), shardModule(shard));
  writeFileSync(join(out, 'runtime', 'all-programs.js'), allProgramsModule([...programs.keys()]));
  writeFileSync(join(out, 'runtime', 'henan-map.js'), shardModule(map));
  console.log(`build:data wrote ${out}/dataset.json, dataset.csv, COVERAGE.md, runtime/: ${summary}`);
}
