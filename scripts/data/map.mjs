// The Henan map for <henan-map>: echarts@4.9.0's province geometry (Apache-2.0,
// map/json/province/henan.json, in ECharts' compressed "UTF8Encoding"),
// decoded to GeoJSON, each feature matched to a dataset entity, projected once
// (d3-geo Mercator fitted to a fixed box) after topology-preserving
// simplification (topojson: shared borders stay shared, so neighbours never gap
// or overlap), and written as SVG path strings with whole-pixel relative moves, so
// the bundle carries a few KB, not a GIS library.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature as topoFeature } from 'topojson-client';

export const MAP_SIZE = { width: 600, height: 560 };
const SOURCE = 'echarts/map/json/province/henan.json';

/** ECharts' delta + zig-zag coordinate encoding, as in its own decodePolygon. */
function decodeRing(encoded, offsets, scale) {
  const ring = [];
  let [prevX, prevY] = offsets;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** GeoJSON rings must wind so that d3 sees a small area; one 信阳市 ring is reversed in the source. */
function rewind(polygon) {
  return polygon.map((ring) => {
    const area = geoArea({ type: 'Polygon', coordinates: [ring] });
    return area > 2 * Math.PI ? [...ring].reverse() : ring;
  });
}

/** The point of a feature farthest from its edges, in projected pixels (its largest polygon's, for islands and exclaves). */
function labelPoint(feature, projection) {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const projected = polygons.map((polygon) => polygon.map((ring) => ring.map((point) => projection(point))));
  const area = (ring) => Math.abs(ring.reduce((sum, [x, y], i) => sum + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0)) / 2;
  const largest = projected.reduce((a, b) => (area(b[0]) > area(a[0]) ? b : a));
  return polylabel(largest, 0.5);
}

export function decodeEchartsGeoJson(json) {
  const scale = json.UTF8Scale ?? 1024;
  return {
    type: 'FeatureCollection',
    features: json.features.map((feature) => {
      const { type, coordinates, encodeOffsets } = feature.geometry;
      const decoded =
        type === 'Polygon'
          ? rewind(coordinates.map((ring, i) => decodeRing(ring, encodeOffsets[i], scale)))
          : coordinates.map((polygon, p) => rewind(polygon.map((ring, i) => decodeRing(ring, encodeOffsets[p][i], scale))));
      return { type: 'Feature', id: feature.id, properties: feature.properties, geometry: { type, coordinates: decoded } };
    }),
  };
}

/**
 * @param {Array<{ id: string, name_zh: string, level: string }>} entities
 * @returns {{ map: any, errors: string[] }}
 */
export function buildMap(entities) {
  const require = createRequire(import.meta.url);
  const path = require.resolve(SOURCE);
  const decoded = decodeEchartsGeoJson(JSON.parse(readFileSync(path, 'utf8')));
  // Keep the most significant 15% of points (quantile p is the share kept), borders shared.
  const topo = presimplify(topology({ henan: decoded }, 1e5));
  const geo = topoFeature(simplify(topo, quantile(topo, 0.15)), topo.objects.henan);
  const errors = [];
  const prefectures = entities.filter((e) => e.level === 'prefecture');
  const projection = geoMercator().fitExtent([[4, 4], [MAP_SIZE.width - 4, MAP_SIZE.height - 4]], geo);
  // Whole pixels: plenty for a 600 px map, and about a quarter of the bytes.
  const toPath = geoPath(projection).digits(0);
  const features = [];
  for (const feature of geo.features) {
    const entity = prefectures.find((e) => e.name_zh === feature.properties.name);
    if (!entity) {
      errors.push(`map feature ${feature.id} "${feature.properties.name}" matches no prefecture in data/entities`);
      continue;
    }
    // The label goes where the city is widest (the pole of inaccessibility of its largest part),
    // so it stays clear of borders and of the outlines drawn along them; a centroid can fall
    // outside a city (安阳市 wraps around 鹤壁市).
    const [x, y] = labelPoint(feature, projection);
    features.push({ entity: entity.id, code: String(feature.id), d: relativePath(toPath(feature)), cx: Math.round(x), cy: Math.round(y) });
  }
  for (const e of prefectures) if (!features.some((f) => f.entity === e.id)) errors.push(`prefecture ${e.id} (${e.name_zh}) has no map feature`);
  features.sort((a, b) => a.code.localeCompare(b.code));
  return {
    errors,
    map: {
      source: 'echarts@4.9.0 map/json/province/henan.json (Apache-2.0), projected with d3-geo geoMercator',
      width: MAP_SIZE.width,
      height: MAP_SIZE.height,
      features,
    },
  };
}

/**
 * geoPath's absolute "M308,166L313,167L313,167…Z" as relative moves
 * ("M308 166l5 1…z"): the small deltas repeat, so the map gzips to half the
 * bytes. Points that round onto the previous one (whole pixels make many) are dropped.
 * @param {string} d
 */
export function relativePath(d) {
  let out = '';
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const [ax, ay] = args.split(',').map(Number);
    if (command === 'M') out += `M${ax} ${ay}l`;
    // A minus sign separates numbers by itself.
    else if (ax !== x || ay !== y) out += `${out.endsWith('l') || ax < x ? '' : ' '}${ax - x}${ay < y ? '' : ' '}${ay - y}`;
    [x, y] = [ax, ay];
  }
  return out.replace(/l(?=z|M|$)/g, '');
}
