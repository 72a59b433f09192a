import { expect } from '@open-wc/testing';
import { nearestInDirection, readingOrder } from '../../src/core/spatial.js';

suite('core/spatial', () => {
  //  a . b
  //  . c .
  //  d . e
  const points = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 20, y: 0 },
    { id: 'c', x: 10, y: 10 },
    { id: 'd', x: 0, y: 20 },
    { id: 'e', x: 20, y: 20 },
  ];
  const from = (id: string, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight') => {
    const i = nearestInDirection(points, points.findIndex((p) => p.id === id), key);
    return i === undefined ? undefined : points[i].id;
  };

  test('moves to the nearest point in the arrow\'s direction', () => {
    expect(from('a', 'ArrowRight')).to.equal('b');
    expect(from('a', 'ArrowDown')).to.equal('d');
    expect(from('c', 'ArrowUp')).to.be.oneOf(['a', 'b']);
    expect(from('e', 'ArrowLeft')).to.equal('d');
  });

  test('stays when nothing lies that way', () => {
    expect(from('a', 'ArrowLeft')).to.equal(undefined);
    expect(from('a', 'ArrowUp')).to.equal(undefined);
  });

  test('reading order runs in rows, left to right', () => {
    expect(readingOrder(points, 5).map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });
});
