// The base every component extends: theme, language, size, data loading, the
// table and quote toggles, and "warn once per bad input". A component names its
// inputs and the programmes they need, builds a model from them (in willUpdate,
// once per change), and renders the model with the shared pieces in this folder.
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../controllers/data.js';
import { programOfMetric } from '../data/dataset.js';
import { LanguageController } from '../controllers/language.js';
import { ResizeController } from '../controllers/resize.js';
import { strings, type Lang, type Strings } from '../i18n/strings.js';
import { tokens } from '../styles/tokens.js';
import { chartStyles, chartTextStyles } from '../styles/chart.js';
import { errorView, type Problem } from './error-view.js';
import type { TableModel } from './data-table.js';
import type { Footnote } from './footnotes.js';
import { CHINESE_RUN } from './mark-chinese.js';

let uid = 0;

export type ErrorModel = { kind: 'error'; problem: Problem };

/**
 * Custom properties every widget reads (set them on the element or any ancestor):
 *
 * @cssprop --hhw-color-text - Text colour.
 * @cssprop --hhw-color-muted - Secondary text colour.
 * @cssprop --hhw-color-background - Background colour.
 * @cssprop --hhw-color-surface - Background of buttons and quotes.
 * @cssprop --hhw-color-border - Borders and axes.
 * @cssprop --hhw-color-bar - Bars and lines.
 * @cssprop --hhw-color-highlight - The highlighted place's bar.
 * @cssprop --hhw-color-target - Target lines.
 * @cssprop --hhw-color-focus - Focus ring.
 * @cssprop --hhw-color-error - Error accent.
 * @cssprop --hhw-color-not-reported - Hatching for places that did not report.
 * @cssprop --hhw-font-family - Font (inherits the page's by default).
 * @cssprop --hhw-font-size - Base font size (default: the reader's own, `medium`); chart labels grow with it.
 * @cssprop --hhw-radius - Corner radius.
 * @cssprop --hhw-space - Inner spacing.
 * @cssprop --hhw-loading-height - Height held while a programme's data loads.
 * @cssprop --hhw-motion-duration - Bar transitions (none when the reader prefers reduced motion).
 */
export abstract class ChartElement<Model extends { kind: string } = { kind: string }> extends LitElement {
  static override styles = [tokens, chartStyles, chartTextStyles];

  /** `light`, `dark`, or unset to follow the reader's prefers-color-scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Whether the data table is shown. */
  @state() protected tableOpen = false;

  /** Whether the verbatim source quote is shown. */
  @state() protected quoteOpen = false;

  protected readonly language = new LanguageController(this);
  protected readonly size = new ResizeController(this);
  protected readonly data = new DataController(this);

  /** A per-instance prefix for ids referenced by ARIA attributes. */
  protected readonly idPrefix = `hhw-${++uid}`;

  /** What the component draws, derived from its inputs; undefined while loading. */
  protected model?: Model | ErrorModel;

  private modelLang?: Lang;
  private lastWarning?: string;

  /** The reactive properties whose change means a new model. */
  protected abstract readonly inputs: readonly string[];

  /** The programme shards the current inputs need (those the index can name). */
  protected abstract programsNeeded(): string[];

  /** The shard a metric attribute needs: its programme, or none for an unknown metric. */
  protected programOfMetricAttribute(metric: string | undefined): string[] {
    const program = metric ? programOfMetric(metric.trim()) : undefined;
    return program ? [program] : [];
  }

  /** Builds the model from the inputs, with the needed shards loaded. */
  protected abstract buildModel(lang: Lang): Model | ErrorModel;

  /** Renders a model that is not an error. */
  protected abstract renderModel(model: Model): TemplateResult;

  /** @internal The strings of the current language. */
  get t(): Strings {
    return strings[this.language.lang];
  }

  /** Derives the model once per change of inputs, language or loaded data. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.language.lang;
    const inputsChanged = this.inputs.some((name) => (changed as Map<PropertyKey, unknown>).has(name));
    if (!inputsChanged && lang === this.modelLang && this.model !== undefined) return;
    // A failed shard is requested again when the author changes an attribute, not on every render.
    if (!this.data.ensure(this.programsNeeded(), { retry: inputsChanged })) {
      this.model = undefined;
      return;
    }
    this.modelLang = lang;
    this.model = this.data.error ? { kind: 'error', problem: { message: this.t.errors.loadFailed } } : this.buildModel(lang);
    if (this.model.kind === 'error') this.warnOnce((this.model as ErrorModel).problem.message);
    else this.lastWarning = undefined;
  }

  protected override render(): TemplateResult {
    const model = this.model;
    // While a data shard loads, hold roughly the widget's height (--hhw-loading-height,
    // set per component) so the page moves as little as possible when it arrives.
    // lang on the content: the language it is written in (an unsupported lang="fr" falls back to English), not the page's.
    const lang = this.language.lang;
    if (!model) return html`<p class="content loading muted" aria-busy="true" lang=${lang}>${this.t.loading}</p>`;
    return html`<div class="content" lang=${lang}>${model.kind === 'error' ? errorView(this.t, lang, (model as ErrorModel).problem) : this.renderModel(model as Model)}</div>`;
  }

  /**
   * Static HTML that says what the chart says — title, summary, the values as a
   * table, notes, sources — for readers, crawlers and RSS readers before (or without)
   * JavaScript. Put it inside the element: once the element upgrades, its
   * shadow root hides it. Built with the DOM, so every text is escaped.
   */
  fallbackHTML(): string {
    const model = this.model as (Model & { summary?: string; table?: TableModel; notes?: Footnote[] }) | ErrorModel | undefined;
    if (!model || model.kind === 'error' || !('summary' in model) || !model.summary) return '';
    const root = document.createElement('div');
    root.setAttribute('lang', this.language.lang);
    const add = <K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, text?: string) => {
      const element = document.createElement(tag);
      if (text !== undefined) element.textContent = text;
      parent.append(element);
      return element;
    };
    const title = this.renderRoot.querySelector('.title')?.textContent?.replace(/\s+/g, ' ').trim();
    if (title) add(add(root, 'p'), 'strong', title);
    add(root, 'p', model.summary);
    if (model.table) {
      const table = add(root, 'table');
      add(table, 'caption', model.table.caption);
      const head = add(add(table, 'thead'), 'tr');
      for (const column of model.table.columns) add(head, 'th', column).setAttribute('scope', 'col');
      const body = add(table, 'tbody');
      for (const row of model.table.rows) {
        const tr = add(body, 'tr');
        row.cells.forEach((cell, i) => (i === 0 ? add(tr, 'th', cell).setAttribute('scope', 'row') : add(tr, 'td', cell)));
      }
    }
    if (model.notes?.length) {
      add(root, 'p', this.t.footnotes);
      const list = add(root, 'ul');
      for (const note of model.notes) {
        const text = add(add(list, 'li', note.label ? this.t.labelled(note.label) : ''), 'span');
        // Chinese inside English text marked back, as markChinese does in the widget.
        const english = this.language.lang === 'en';
        note.text.split(CHINESE_RUN).forEach((part, i) => (i % 2 && english ? add(text, 'span', part).setAttribute('lang', 'zh-CN') : text.append(part)));
      }
    }
    return root.outerHTML;
  }

  /** Resolves once rendered with data: tests and pages can await the real content. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.data.pending) {
      await this.data.pending;
      result = await super.getUpdateComplete();
    }
    return result;
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

  protected readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  protected readonly toggleQuote = (): void => {
    this.quoteOpen = !this.quoteOpen;
  };
}
