import { expect } from '@open-wc/testing';
import { rank } from '../../src/core/rank.js';

suite('core/rank', () => {
  const items = [
    { id: 'a', v: 5 },
    { id: 'b', v: 9 },
    { id: 'c', v: 5 },
    { id: 'd', v: 1 },
  ];

  test('higher is better: largest first, ties share a rank and keep input order', () => {
    const ranked = rank(items, (x) => x.v, true);
    expect(ranked.map((r) => `${r.item.id}${r.rank}${r.tied ? '=' : ''}`)).to.deep.equal(['b1', 'a2=', 'c2=', 'd4']);
  });

  test('lower is better: smallest first', () => {
    expect(rank(items, (x) => x.v, false).map((r) => r.item.id)).to.deep.equal(['d', 'a', 'c', 'b']);
  });

  test('unknown direction ranks largest first', () => {
    expect(rank(items, (x) => x.v, null).map((r) => r.rank)).to.deep.equal([1, 2, 2, 4]);
  });
});
