// The map geometry: derived at build time from echarts@4.9.0's Henan outline,
// every one of the 18 features matched to a prefecture-level entity, small
// enough to bundle, and the committed module up to date.
import { test, suite } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildMap, decodeEchartsGeoJson, relativePath } from '../../scripts/data/map.mjs';
import { shardModule } from '../../scripts/data/runtime.mjs';
import { geoArea } from 'd3-geo';
import { createRequire } from 'node:module';

/** The absolute points of a path of M (absolute) and l (relative) commands, as the browser reads it. */
function absolutePoints(d) {
  const points = [];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = args.match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < numbers.length; i += 2) {
      const [x, y] = command === 'M' ? [0, 0] : points.at(-1);
      points.push([x + numbers[i], y + numbers[i + 1]]);
    }
  }
  return points;
}

/** A path's rings (one per M), as absolute points. */
const rings = (d) => d.split(/(?=M)/).map(absolutePoints).filter((ring) => ring.length > 2);

/** Whether a point is inside a shape of several rings (even-odd, as SVG fills it). */
function inside([x, y], shape) {
  let count = 0;
  for (const ring of shape) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) count++;
    }
  }
  return count % 2 === 1;
}

/** The distance from a point to the nearest edge of a shape. */
function distanceToEdge([x, y], shape) {
  let nearest = Infinity;
  for (const ring of shape) {
    for (let i = 0; i < ring.length; i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[(i + 1) % ring.length];
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2 || 1)));
      nearest = Math.min(nearest, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
    }
  }
  return nearest;
}

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const { map, errors } = buildMap(dataset.entities);

suite('henan map geometry', () => {
  test('all 18 features match the dataset\'s prefecture-level entities, one each', () => {
    assert.deepEqual(errors, []);
    const prefectures = dataset.entities.filter((e) => e.level === 'prefecture').map((e) => e.id).sort();
    assert.deepEqual(map.features.map((f) => f.entity).sort(), prefectures);
    assert.equal(map.features.length, 18);
  });

  test('decoded rings wind the way d3 expects (no ring spans the globe)', () => {
    const source = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('echarts/map/json/province/henan.json'), 'utf8'));
    for (const feature of decodeEchartsGeoJson(source).features) {
      assert.ok(geoArea(feature) < 2 * Math.PI, `${feature.properties.name} spans the globe`);
    }
  });

  test('paths are written as relative moves that retrace the absolute points, repeats dropped', () => {
    assert.equal(relativePath('M10,20L13,18L13,18L9,25ZM100,100L99,101Z'), 'M10 20l3-2-4 7zM100 100l-1 1z');
    assert.deepEqual(absolutePoints('M10 20l3-2-4 7zM100 100l-1 1z'), [[10, 20], [13, 18], [9, 25], [100, 100], [99, 101]]);
  });

  test('every path lies inside the map box and every label point inside the map', () => {
    for (const f of map.features) {
      const points = absolutePoints(f.d);
      assert.ok(points.length > 20, f.entity);
      assert.ok(points.every(([x, y]) => x >= 0 && x <= map.width && y >= 0 && y <= map.height), f.entity);
      assert.ok(f.cx > 0 && f.cx < map.width && f.cy > 0 && f.cy < map.height, f.entity);
    }
  });

  test('every label point lies inside its own city, clear of its borders (outlines are drawn along them)', () => {
    for (const f of map.features) {
      const shape = rings(f.d);
      assert.ok(inside([f.cx, f.cy], shape), `${f.entity}'s label point is outside it`);
      for (const other of map.features) if (other !== f) assert.ok(!inside([f.cx, f.cy], rings(other.d)), `${f.entity}'s label point is in ${other.entity}`);
      // ECharts' hand-placed points came within 3 px of a border (三门峡, 鹤壁).
      assert.ok(distanceToEdge([f.cx, f.cy], shape) >= 12, `${f.entity}'s label point is ${distanceToEdge([f.cx, f.cy], shape).toFixed(1)} px from a border`);
    }
  });

  test('data/runtime/henan-map.js is up to date and under 15 KB gzip', () => {
    const committed = readFileSync('data/runtime/henan-map.js', 'utf8');
    assert.equal(committed, shardModule(map), 'run npm run build:data');
    assert.ok(gzipSync(committed).length < 15 * 1024, `${gzipSync(committed).length} bytes gzip`);
  });
});
