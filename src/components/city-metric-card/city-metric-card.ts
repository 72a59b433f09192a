// Registers <city-metric-card>. Importing this module defines the element.
import { defineElement } from '../../define.js';
import { CityMetricCard } from './city-metric-card.component.js';

export { CityMetricCard };

defineElement('city-metric-card', CityMetricCard);

declare global {
  interface HTMLElementTagNameMap {
    'city-metric-card': CityMetricCard;
  }
}
