// The charts' d3-scale and d3-shape run with the slim modules of src/core/d3-deps
// (scripts/lib/d3-deps.mjs redirects their imports in the build and in these
// tests). They must give exactly what d3's own modules give for what the charts
// draw: numbers mapped to numbers, straight lines.
import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import { arc, line } from 'd3-shape';
import { interpolateNumber, interpolateRound, interpolate } from '../../src/core/d3-deps/interpolate.js';
import { valueScale } from '../../src/core/scales.js';

suite('d3-scale with numeric interpolation only', () => {
  test('interpolates numbers as d3-interpolate defines it: a at 0, b at 1, linear between', () => {
    for (const [a, b] of [[0, 10], [-4, 6], [250, 0], [0.1, 0.3]]) {
      expect(interpolateNumber(a, b)(0)).to.equal(a);
      expect(interpolateNumber(a, b)(1)).to.equal(b);
      expect(interpolateNumber(a, b)(0.25)).to.be.closeTo(a + (b - a) / 4, 1e-12);
      expect(interpolateRound(a, b)(0.25)).to.equal(Math.round(a + (b - a) / 4));
    }
    expect(interpolate).to.equal(interpolateNumber);
  });

  test('this d3-scale resolves to the numeric interpolators (the redirect is in effect)', () => {
    // d3's own generic interpolate would turn colour strings into an rgb() colour; the numeric one cannot.
    const colours = scaleLinear<string>().range(['red', 'blue'])(0.5);
    expect(String(colours)).not.to.match(/^rgb/);
  });

  test('a value scale maps zero to the start of its range and its niced maximum to the end', () => {
    const scale = valueScale([3, 71.5, 40], [10, 310]);
    const [, max] = scale.domain();
    expect(max).to.be.at.least(71.5);
    expect(scale(0)).to.equal(10);
    expect(scale(max)).to.equal(310);
    expect(scale(max / 2)).to.be.closeTo(160, 1e-9);
    expect(scale.invert(160)).to.be.closeTo(max / 2, 1e-9);
  });
});

suite('d3-shape with straight-line paths only', () => {
  test('line() writes M then L commands, coordinates rounded to 3 decimals as d3-path does', () => {
    const points: [number, number][] = [[0, 0], [10.123456, 20.5], [30, -4.0004], [45.25, 7]];
    const rounded = (v: number) => Math.round(v * 1000) / 1000;
    const expected = points.map(([x, y], i) => `${i ? 'L' : 'M'}${rounded(x)},${rounded(y)}`).join('');
    expect(line()(points)).to.equal(expected);
    expect(line().digits(null)(points)).to.equal(points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(''));
    expect(line()([])).to.equal(null);
  });

  test('this d3-shape resolves to the straight-line path (the redirect is in effect)', () => {
    // d3-path would draw an arc; the slim path has no arcs.
    expect(() => arc()({ innerRadius: 0, outerRadius: 10, startAngle: 0, endAngle: 1 })).to.throw(TypeError);
  });
});
