// Defines every element. The single script (dist/henan-health-widgets.js) is
// built from this module with the whole dataset inlined.
import './components/city-metric-card/city-metric-card.js';
import './components/program-comparison/program-comparison.js';
import './components/city-ranking/city-ranking.js';
import './components/henan-map/henan-map.js';
import './components/metric-trend/metric-trend.js';
import './components/city-profile/city-profile.js';
