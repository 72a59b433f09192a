// Registers <program-comparison>. Importing this module defines the element.
import { defineElement } from '../../define.js';
import { ProgramComparison } from './program-comparison.component.js';

export { ProgramComparison };

defineElement('program-comparison', ProgramComparison);

declare global {
  interface HTMLElementTagNameMap {
    'program-comparison': ProgramComparison;
  }
}
