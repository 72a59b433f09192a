// The single script (dist/henan-health-widgets.js): every element and the whole
// dataset in one self-contained file.
import './data/preload.js';
import './all.js';
