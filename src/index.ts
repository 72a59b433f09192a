// Public API: re-exports only, no side effects. Importing this module defines no
// elements; import a component's entry (`henan-health-widgets/city-metric-card`)
// or `henan-health-widgets/all` for that.
export { defineElement } from './define.js';
export { CityMetricCard } from './components/city-metric-card/city-metric-card.component.js';
export { ProgramComparison } from './components/program-comparison/program-comparison.component.js';
export { CityRanking } from './components/city-ranking/city-ranking.component.js';
export { HenanMap } from './components/henan-map/henan-map.component.js';
export { MetricTrend } from './components/metric-trend/metric-trend.component.js';
export { CityProfile } from './components/city-profile/city-profile.component.js';
export { loadProgram } from './data/dataset.js';
export type { Dataset, Entity, Fact, Metric, Program, Source, Status, Level } from './data/types.js';
