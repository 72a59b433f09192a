// The base every component extends: theme, language, size, the table and quote
// toggles, and "warn once per bad input". Components compute a model in
// willUpdate and turn it into templates with the shared pieces in this folder.
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LanguageController } from '../controllers/language.js';
import { ResizeController } from '../controllers/resize.js';
import { strings, type Strings } from '../i18n/strings.js';
import { tokens } from '../styles/tokens.js';
import { chartStyles } from '../styles/chart.js';

let uid = 0;

export abstract class ChartElement extends LitElement {
  static override styles = [tokens, chartStyles];

  /** `light`, `dark`, or unset to follow the reader's prefers-color-scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Whether the data table is shown. */
  @state() protected tableOpen = false;

  /** Whether the verbatim source quote is shown. */
  @state() protected quoteOpen = false;

  protected readonly language = new LanguageController(this);
  protected readonly size = new ResizeController(this);

  /** A per-instance prefix for ids referenced by ARIA attributes. */
  protected readonly idPrefix = `hhw-${++uid}`;

  private lastWarning?: string;

  get t(): Strings {
    return strings[this.language.lang];
  }

  /**
   * Logs one console warning for a bad input, once per distinct problem (not on
   * every render), prefixed with the tag so page authors know where to look.
   */
  protected warnOnce(message: string): void {
    if (message === this.lastWarning) return;
    this.lastWarning = message;
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** Forget the last warning once the input is valid again. */
  protected clearWarning(): void {
    this.lastWarning = undefined;
  }

  protected readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  protected readonly toggleQuote = (): void => {
    this.quoteOpen = !this.quoteOpen;
  };
}
