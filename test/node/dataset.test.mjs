// The committed dataset is what the compiler makes of data/ and seeds/ today,
// every normalised value can be re-derived from its quote, and the coverage the
// dataset issue asks for holds.
import { test, suite } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { compileDataset } from '../../scripts/data/compile.mjs';
import { allProgramsModule, columns, runtimeShards, shardModule } from '../../scripts/data/runtime.mjs';

const committed = {
  json: readFileSync('data/dataset.json', 'utf8'),
  csv: readFileSync('data/dataset.csv', 'utf8'),
  coverage: readFileSync('data/COVERAGE.md', 'utf8'),
};
const dataset = JSON.parse(committed.json);
const seeds = new Map(dataset.sources.map((s) => [s.id, readFileSync(`seeds/${s.file}`, 'utf8')]));

suite('compiled dataset', () => {
  test('data/dataset.json, dataset.csv and COVERAGE.md are up to date (run npm run build:data)', () => {
    const result = compileDataset({ dataDir: 'data', seedsDir: 'seeds' });
    assert.deepEqual(result.errors, []);
    assert.equal(committed.json, JSON.stringify(result.dataset, null, 1) + '\n', 'dataset.json is stale');
    assert.equal(committed.csv, result.csv, 'dataset.csv is stale');
    assert.equal(committed.coverage, result.coverage, 'COVERAGE.md is stale');
  });

  test('data/runtime/ (the shards the components load) is up to date and complete', () => {
    const { index, programs } = runtimeShards(dataset);
    assert.equal(readFileSync('data/runtime/index.js', 'utf8'), shardModule(index), 'runtime/index.js is stale');
    assert.deepEqual(readdirSync('data/runtime/programs').sort(), [...programs.keys()].map((id) => `${id}.js`).sort());
    assert.equal(readFileSync('data/runtime/all-programs.js', 'utf8'), allProgramsModule([...programs.keys()]), 'runtime/all-programs.js is stale');
    for (const [id, shard] of programs) {
      assert.equal(readFileSync(`data/runtime/programs/${id}.js`, 'utf8'), shardModule(shard), `runtime/programs/${id}.js is stale`);
    }
    const shardFacts = [...programs.values()].reduce((n, s) => n + s.facts.columns.metric.length, 0);
    assert.equal(shardFacts, dataset.facts.length, 'every fact is in exactly one shard');
  });

  test('shards are written as columns; a field some rows lack is sparse, and may not also hold nulls', () => {
    assert.deepEqual(columns([{ a: 1, b: 'x' }, { a: 2 }]), { columns: { a: [1, 2], b: ['x', null] }, sparse: ['b'] });
    assert.deepEqual(columns([{ a: null }, { a: 2 }]), { columns: { a: [null, 2] }, sparse: [] });
    assert.throws(() => columns([{ a: 1, b: null }, { a: 2 }]), /"b" is missing from some rows and null in others/);
  });

  test('every quote (each fragment) stands verbatim in its seed', () => {
    for (const fact of dataset.facts) {
      for (const fragment of fact.quote_fragments ?? [fact.quote]) {
        assert.ok(seeds.get(fact.source).includes(fragment), `${fact.id}: "${fragment}"`);
      }
    }
  });

  test('every normalised value re-derives from the number and unit written in its quote', () => {
    // Deliberately independent of the compiler's parser: a small reading of 万/亿.
    const digits = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
    for (const fact of dataset.facts) {
      // Fragments are joined without a separator: an OCR column break may fall between a number and its unit.
      const squeezed = (fact.quote_fragments ?? [fact.quote]).join('').replace(/\s+/g, '');
      assert.ok(squeezed.includes(`${fact.value_text}${fact.unit_text}`.replace(/\s+/g, '')), `${fact.id}: "${fact.value_text}${fact.unit_text}" not in quote`);
      const written = /^[\d.,]+$/.test(fact.value_text) ? Number(fact.value_text.replace(/,/g, '')) : digits[fact.value_text];
      if (written === undefined) continue; // compound Chinese numerals are covered by the compiler's own tests
      const unit = fact.unit_text.replace(/[余多]/g, '');
      const multiplier = unit.startsWith('亿') ? 1e8 : unit.startsWith('千万') ? 1e7 : unit.startsWith('百万') ? 1e6 : unit.startsWith('万') ? 1e4 : unit.startsWith('千') && unit.length > 1 ? 1e3 : 1;
      assert.ok(Math.abs(fact.value - written * multiplier) < 1e-6 * Math.max(1, fact.value), `${fact.id}: ${fact.value} ≠ ${written} × ${multiplier}`);
    }
  });

  test('every source document has facts', () => {
    for (const source of dataset.sources) {
      assert.ok(dataset.facts.some((f) => f.source === source.id), `no facts from ${source.id}`);
    }
  });

  test('every one of the 18 prefecture-level units has at least one fact', () => {
    const prefectures = dataset.entities.filter((e) => e.level === 'prefecture');
    assert.equal(prefectures.length, 18);
    const missing = prefectures.filter((e) => !dataset.facts.some((f) => f.entity === e.id)).map((e) => e.id);
    assert.deepEqual(missing, []);
  });

  test('ids of facts, entities and metrics are unique, and facts have unique ids', () => {
    for (const key of ['facts', 'entities', 'metrics', 'programs', 'sources']) {
      const ids = dataset[key].map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length, key);
    }
  });

  test('nothing after a document\'s publication year is recorded as achieved', () => {
    const published = new Map(dataset.sources.map((s) => [s.id, Number(s.date.slice(0, 4))]));
    const impossible = dataset.facts.filter((f) => f.status === 'actual' && Number(f.period.slice(-4)) > published.get(f.source));
    assert.deepEqual(impossible.map((f) => f.id), []);
  });
});
