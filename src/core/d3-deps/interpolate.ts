// What d3-scale gets for `d3-interpolate` in the build (scripts/lib/d3-deps.mjs):
// numeric interpolation only, as d3-interpolate defines it. Every range our
// scales map to is numeric; the generic `interpolate` would bring d3-color
// (colours, strings, dates) along for nothing.
export function interpolateNumber(a: number, b: number) {
  return (t: number) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number) {
  return (t: number) => Math.round(a * (1 - t) + b * t);
}

export { interpolateNumber as interpolate };

/** Used only by sequential and diverging scales, which no chart here uses. */
export function piecewise(): never {
  throw new Error('henan-health-widgets: d3-interpolate piecewise is not bundled');
}
