// Notes under a chart: what a figure covers, in the curators' words ("Designated
// and backup hospitals together", "Since 2017"), so no figure is shown without
// the note that qualifies it, in the page's language (the compiler requires both).
// Places sharing a note get it once.
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
}

/** A fact's note in the page's language. */
export const noteOf = (fact: Fact, lang: Lang): string | undefined => (lang === 'zh-CN' ? fact.note_zh : fact.note);

/**
 * One footnote per distinct note among `facts`, in order, naming the places that
 * carry it; with `withPeriod` (views that show several periods) their period too,
 * once when they share it ("Lankao County and Qi County 2020: …").
 */
export function definitionNotes(facts: Fact[], t: Strings, lang: Lang, { withPeriod = false } = {}): Footnote[] {
  const byNote = new Map<string, Fact[]>();
  for (const fact of facts) {
    const note = noteOf(fact, lang);
    if (note) byNote.set(note, [...(byNote.get(note) ?? []), fact]);
  }
  const unique = (labels: string[]) => [...new Set(labels)];
  return [...byNote].map(([text, about]) => {
    const places = unique(about.map((f) => placeName(f.entity, lang)));
    const periods = unique(about.map((f) => formatPeriod(f.period, lang)));
    const label = !withPeriod
      ? t.list(places)
      : periods.length === 1
        ? t.placeValue(t.list(places), periods[0])
        : t.list(unique(about.map((f) => t.placeValue(placeName(f.entity, lang), formatPeriod(f.period, lang)))));
    return { label, text };
  });
}

export function footnoteList(notes: Footnote[], t: Strings, lang: Lang) {
  return notes.length
    ? html`<ul class="footnotes" part="footnotes" aria-label=${t.footnotes}>
        ${notes.map(
          (note) =>
            html`<li>${note.label ? t.labelled(note.label) : nothing}<span>${markChinese(note.text, lang)}</span></li>`,
        )}
      </ul>`
    : nothing;
}
