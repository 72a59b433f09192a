// "Source: <document>, <date>" with the value's status and period beside it, and
// the verbatim Chinese quote one click (or key press) away, and on paper; for charts of many
// figures, every document they come from.
import { html, nothing } from 'lit';
import { getSource } from '../data/dataset.js';
import type { Fact, Source } from '../data/types.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { formatDate, formatPeriod } from '../core/format.js';
import { sourceTitle } from './fact-rows.js';
import { quoteForReading } from './mark-chinese.js';

export function sourceNote(opts: {
  t: Strings;
  lang: Lang;
  fact: Fact;
  source: Source;
  open: boolean;
  quoteId: string;
  onToggle: () => void;
  /** Which value this is the source of, when the reader chose one of several ("Kaifeng: 34 facilities"). */
  about?: string;
}) {
  const { t, lang, fact, source, open, quoteId, about } = opts;
  const period = fact.cumulative ? t.bracket(formatPeriod(fact.period, lang), t.cumulative) : formatPeriod(fact.period, lang);
  const asOf = fact.as_of ? [t.asOf(formatDate(fact.as_of, lang))] : [];
  return html`<div class="source" part="source">
    ${about ? html`<p class="about">${about}</p>` : nothing}
    <p>
      ${t.sourcesLine([{ title: sourceTitle(source, lang), date: formatDate(source.date, lang) }])} ·
      <span class="when"><span class="status ${fact.status}">${t.status[fact.status]}</span> ${t.joined([period, ...asOf])}</span>
    </p>
    <button type="button" part="quote-toggle" aria-expanded=${open} aria-controls=${quoteId} @click=${opts.onToggle}>
      ${open ? t.hideQuote : t.showQuote}
    </button>
    <!-- Hidden on screen until asked for; always printed (styles/chart.ts). -->
    <div id=${quoteId} class="quote" ?hidden=${!open}><blockquote lang="zh-CN" part="quote">${quoteForReading(fact.quote)}</blockquote></div>
  </div>`;
}

/** The documents every figure shown comes from, always in view (and on paper, where no figure can be chosen). */
export function sourcesLine(facts: Fact[], t: Strings, lang: Lang) {
  const sources = [...new Set(facts.map((f) => f.source))].sort().map((id) => getSource(id)!);
  return sources.length
    ? html`<p class="sources muted" part="sources">${t.sourcesLine(sources.map((s) => ({ title: sourceTitle(s, lang), date: formatDate(s.date, lang) })))}</p>`
    : nothing;
}

/** Under a source note: every document of the chart's figures, when they are more than the one the note names. */
export function sourcesBeyond(fact: Fact, drawn: Fact[], t: Strings, lang: Lang) {
  return drawn.some((f) => f.source !== fact.source) ? sourcesLine([fact, ...drawn], t, lang) : nothing;
}
