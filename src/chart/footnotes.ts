// Notes under a chart: what a figure covers, in the curators' words ("Designated
// and backup hospitals together", "Since 2017"), so no figure is shown without
// the note that qualifies it. Places sharing a note get it once. The notes are
// written in English: on a Chinese page the note (not the place it is about) is
// marked lang="en", with any Chinese inside it marked back.
import { html, nothing } from 'lit';
import type { Fact } from '../data/types.js';
import type { Lang, Strings } from '../i18n/strings.js';
import { markChinese } from './mark-chinese.js';

export interface Footnote {
  /** What the note is about ("Kaifeng 2020", "Lankao County and Qi County"), in the widget's language. */
  label?: string;
  text: string;
  /** Set when `text` is in another language than the widget's. */
  lang?: 'en';
}

/** One footnote per distinct note among `facts`, about every fact (by `label`) that carries it, in order. */
export function definitionNotes(facts: Fact[], label: (fact: Fact) => string, t: Strings, lang: Lang): Footnote[] {
  const labels = new Map<string, string[]>();
  for (const fact of facts) {
    if (!fact.note) continue;
    const about = labels.get(fact.note) ?? [];
    if (!about.includes(label(fact))) about.push(label(fact));
    labels.set(fact.note, about);
  }
  return [...labels].map(([text, about]) => ({ label: t.list(about), text, lang: lang === 'en' ? undefined : 'en' }));
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
