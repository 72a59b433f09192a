// Registers <city-profile>. Importing this module defines the element.
import { defineElement } from '../../define.js';
import { CityProfile } from './city-profile.component.js';

export { CityProfile };

defineElement('city-profile', CityProfile);

declare global {
  interface HTMLElementTagNameMap {
    'city-profile': CityProfile;
  }
}
