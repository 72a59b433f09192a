// What d3-scale gets for `d3-format` in the build (scripts/lib/d3-deps.mjs): the
// charts format numbers with Intl (core/format.ts) and never call a scale's
// tickFormat, the only user of d3-format here.
function notBundled(): never {
  throw new Error('henan-health-widgets: d3-format is not bundled; format numbers with Intl');
}
export {
  notBundled as format,
  notBundled as formatPrefix,
  notBundled as formatSpecifier,
  notBundled as precisionFixed,
  notBundled as precisionPrefix,
  notBundled as precisionRound,
};
