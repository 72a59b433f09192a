// Registers <henan-map>. Importing this module defines the element.
import { defineElement } from '../../define.js';
import { HenanMap } from './henan-map.component.js';

export { HenanMap };

defineElement('henan-map', HenanMap);

declare global {
  interface HTMLElementTagNameMap {
    'henan-map': HenanMap;
  }
}
