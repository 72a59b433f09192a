// Notes under a chart: what a figure covers, in the curators' words ("Designated
// and backup hospitals together", "Since 2017"), so no figure is shown without
// the note that qualifies it. Places sharing a note get it once. The notes are
// written in English: on a Chinese page the note (not the place it is about) is
// marked lang="en", with any Chinese inside it marked back.
import { html, nothing } from 'lit';
import type { Fact } from '../data/types.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { markChinese } from './mark-chinese.js';
import { placeName } from './fact-rows.js';
import { formatPeriod } from '../core/format.js';

export interface Footnote {
  /** What the note is about ("Kaifeng 2020", "Lankao County and Qi County"), in the widget's language. */
  label?: string;
  text: string;
  /** Set when `text` is in another language than the widget's. */
  lang?: 'en';
}

/**
 * One footnote per distinct note among `facts`, in order, naming the places that
 * carry it; with `withPeriod` (views that show several periods) their period too,
 * once when they share it ("Lankao County and Qi County 2020: …").
 */
export function definitionNotes(facts: Fact[], t: Strings, lang: Lang, { withPeriod = false } = {}): Footnote[] {
  const byNote = new Map<string, Fact[]>();
  for (const fact of facts) if (fact.note) byNote.set(fact.note, [...(byNote.get(fact.note) ?? []), fact]);
  const unique = (labels: string[]) => [...new Set(labels)];
  return [...byNote].map(([text, about]) => {
    const places = unique(about.map((f) => placeName(f.entity, lang)));
    const periods = unique(about.map((f) => formatPeriod(f.period, lang)));
    const label = !withPeriod
      ? t.list(places)
      : periods.length === 1
        ? t.placeValue(t.list(places), periods[0])
        : t.list(unique(about.map((f) => t.placeValue(placeName(f.entity, lang), formatPeriod(f.period, lang)))));
    return { label, text, lang: lang === 'en' ? undefined : 'en' };
  });
}

export function footnoteList(notes: Footnote[], t: Strings, lang: Lang) {
  return notes.length
    ? html`<ul class="footnotes" part="footnotes" aria-label=${t.footnotes}>
        ${notes.map(
          (note) =>
            html`<li>${note.label ? t.labelled(note.label) : nothing}<span lang=${note.lang ?? nothing}>${markChinese(note.text, note.lang ?? lang)}</span></li>`,
        )}
      </ul>`
    : nothing;
}
