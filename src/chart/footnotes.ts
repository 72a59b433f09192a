// Notes under a chart: what a figure covers, in the curators' words ("Designated
// and backup hospitals together", "Since 2017"), so no figure is shown without
// the note that qualifies it. The notes are written in English: on a Chinese
// page they are marked lang="en", with any Chinese inside them marked back.
import { html, nothing } from 'lit';
import type { Fact } from '../data/types.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { markChinese } from './mark-chinese.js';

export interface Footnote {
  text: string;
  /** Set when the note's language differs from the widget's. */
  lang?: 'en';
}

/** "<label>: <note>" for each fact with a note, each text once, in the order of `facts`. */
export function definitionNotes(facts: Fact[], label: (fact: Fact) => string, t: Strings, lang: Lang): Footnote[] {
  const texts = facts.flatMap((fact) => (fact.note ? [t.footnoteDefinition(label(fact), fact.note)] : []));
  return [...new Set(texts)].map((text) => ({ text, lang: lang === 'en' ? undefined : 'en' }));
}

export function footnoteList(notes: Footnote[], t: Strings, lang: Lang) {
  return notes.length
    ? html`<ul class="footnotes" part="footnotes" aria-label=${t.footnotes}>
        ${notes.map((note) => html`<li lang=${note.lang ?? nothing}>${markChinese(note.text, note.lang ?? lang)}</li>`)}
      </ul>`
    : nothing;
}
