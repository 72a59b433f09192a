// Registers <metric-trend>. Importing this module defines the element.
import { defineElement } from '../../define.js';
import { MetricTrend } from './metric-trend.component.js';

export { MetricTrend };

defineElement('metric-trend', MetricTrend);

declare global {
  interface HTMLElementTagNameMap {
    'metric-trend': MetricTrend;
  }
}
