#!/usr/bin/env node
// A curator's aid: lists the numbers in a seed that no fact quotes and that
// data/SKIPPED.md (or data/skipped/NNN.md) does not mention, with context.
//   node scripts/data/uncovered.mjs 002
import { readFileSync, existsSync } from 'node:fs';

const id = process.argv[2];
const sources = JSON.parse(readFileSync('data/sources.json', 'utf8'));
const source = sources.find((s) => s.id === id);
if (!source) {
  console.error(`usage: node scripts/data/uncovered.mjs <source id>  (one of ${sources.map((s) => s.id).join(', ')})`);
  process.exit(2);
}
const text = readFileSync(`seeds/${source.file}`, 'utf8');
const factsFile = `data/facts/${id}.jsonl`;
const quotes = existsSync(factsFile)
  ? readFileSync(factsFile, 'utf8').split('\n').filter(Boolean).flatMap((l) => {
      const q = JSON.parse(l).quote;
      return Array.isArray(q) ? q : [q];
    })
  : [];
const skipped = [`data/skipped/${id}.md`, 'data/SKIPPED.md'].filter(existsSync).map((f) => readFileSync(f, 'utf8')).join('\n');

// Character ranges covered by some quote.
const covered = new Uint8Array(text.length);
for (const q of quotes) for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) covered.fill(1, i, i + q.length);

const squeeze = (/** @type {string} */ s) => s.replace(/\s+/g, '');
const skippedSqueezed = squeeze(skipped);
let count = 0;
for (const match of text.matchAll(/[0-9０-９][0-9０-９.,，]*|[一二两三四五六七八九十百千]+(?=[个家所名人项次张台批种支万亿])/g)) {
  const i = match.index ?? 0;
  if (covered[i]) continue;
  const context = text.slice(Math.max(0, i - 18), i + match[0].length + 10);
  if (skippedSqueezed.includes(squeeze(text.slice(Math.max(0, i - 4), i + match[0].length + 2)))) continue;
  count++;
  console.log(`${String(i).padStart(6)}  ${match[0].padEnd(8)}  …${context.replace(/\n/g, '⏎')}…`);
}
console.error(`${count} numbers in seed ${id} are neither quoted by a fact nor mentioned in the skipped list.`);
