// seeds/ must stay byte-identical to the source documents: their hashes match
// SHA256SUMS and the hashes recorded for each source in data/sources.json.
import { test, suite } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const sums = readFileSync('seeds/SHA256SUMS', 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(/\s+/))
  .map(([hash, file]) => ({ hash, file }));
const sha256 = (/** @type {string} */ file) => createHash('sha256').update(readFileSync(`seeds/${file}`)).digest('hex');

suite('seeds', () => {
  test('SHA256SUMS lists the five source documents', () => {
    assert.equal(sums.length, 5);
  });

  for (const { hash, file } of sums) {
    test(`${file} matches its hash in SHA256SUMS`, () => {
      assert.equal(sha256(file), hash);
    });
  }

  test('every source in data/sources.json names a seed listed in SHA256SUMS', () => {
    const sources = JSON.parse(readFileSync('data/sources.json', 'utf8'));
    assert.deepEqual(sources.map((s) => s.file).sort(), sums.map((s) => s.file).sort());
  });

  test('the compiled dataset records each seed\'s current hash', () => {
    const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
    for (const source of dataset.sources) assert.equal(source.sha256, sha256(source.file), source.file);
  });
});
