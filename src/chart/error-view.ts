// The error view every component uses for bad input: what was wrong and a few
// valid values, as text in an alert region (read by screen readers).
import { html } from 'lit';
import type { Lang, Strings } from '../i18n/strings.js';
import { markChinese } from './mark-chinese.js';

export interface Problem {
  /** What was wrong, in the reader's language. */
  message: string;
  /** A few valid values (ids with names), to correct the attribute. */
  valid?: string[];
  /** How many more valid values exist beyond those listed. */
  more?: number;
}

export function errorView(t: Strings, lang: Lang, problem: Problem) {
  return html`<div class="error" role="alert" part="error">
    <p class="title">${t.errors.title}</p>
    <p>${markChinese(problem.message, lang)}</p>
    ${problem.valid?.length
      ? html`<p>${t.errors.validValues}</p>
          <ul>
            ${problem.valid.map((v) => html`<li><code>${markChinese(v, lang)}</code></li>`)}
            ${problem.more ? html`<li>${t.errors.andMore(problem.more)}</li>` : ''}
          </ul>`
      : ''}
  </div>`;
}
