// Public API: re-exports only, no side effects. Importing this module defines no
// elements; import a component's entry (e.g. `henan-health-widgets/city-metric-card`)
// or the all-in-one script for that.
export { defineElement } from './define.js';
