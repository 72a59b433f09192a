// The error view every component uses for bad input: what was wrong and a few
// valid values, as text in an alert region (read by screen readers).
import { html } from 'lit';
import type { Lang, Strings } from '../i18n/strings.js';

export interface Problem {
  /** What was wrong, in the reader's language. */
  message: string;
  /** A few valid values (ids with names), to correct the attribute. */
  valid?: string[];
  /** How many more valid values exist beyond those listed. */
  more?: number;
}

/** Chinese runs in an English message (place names, a Chinese attribute value) marked lang="zh-CN" for screen readers' voices. */
function markChinese(text: string, lang: Lang) {
  if (lang === 'zh-CN') return text;
  return text.split(/([\u3000-\u9fff\uff00-\uffef]+)/).map((part, i) => (i % 2 ? html`<span lang="zh-CN">${part}</span>` : part));
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
