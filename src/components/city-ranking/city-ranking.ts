// Registers <city-ranking>. Importing this module defines the element.
import { defineElement } from '../../define.js';
import { CityRanking } from './city-ranking.component.js';

export { CityRanking };

defineElement('city-ranking', CityRanking);

declare global {
  interface HTMLElementTagNameMap {
    'city-ranking': CityRanking;
  }
}
