// The shape of data/dataset.json (documented in data/README.md).

export type Level = 'province' | 'prefecture' | 'county';
export type Status = 'actual' | 'target' | 'plan';
export type Qualifier = 'more-than' | 'at-least' | 'at-most' | 'nearly' | 'about' | 'less-than';

export interface Source {
  id: string;
  file: string;
  title_zh: string;
  title_en: string;
  publisher: string;
  publisher_en: string;
  date: string;
  reports_on: string;
  sha256: string;
}

export interface Entity {
  id: string;
  name_zh: string;
  name_en: string;
  level: Level;
  parent: string | null;
  note?: string;
}

export interface Program {
  id: string;
  label_zh: string;
  label_en: string;
}

export interface Unit {
  label_zh: string;
  /** English, plural ("facilities"); `label_en_one` is the singular, for a value of 1. */
  label_en: string;
  label_en_one?: string;
  /** English [singular, plural] for a written unit the kind's words would misname (人份 → doses). */
  written_en?: Record<string, [string, string]>;
}

export interface Metric {
  id: string;
  label_zh: string;
  label_en: string;
  /** A key of Dataset.units: percent, persons, person-times, cny, m2, … */
  unit: string;
  program: string;
  higher_is_better: boolean | null;
  /** A change between periods (a rise, a fall, growth on the previous year), not a level: never drawn on one axis with levels. */
  change?: true;
  definition?: string;
}

export interface Fact {
  id: string;
  entity: string;
  metric: string;
  /** Normalised to base units (万 ×10⁴, 亿 ×10⁸; percentages stay 0–100). */
  value: number;
  /** The number exactly as written in the source. */
  value_text: string;
  /** The unit exactly as written in the source (万人次, 亿元, %). */
  unit_text: string;
  qualifier?: Qualifier;
  /** A year (2020) or a span of years (2016-2020). */
  period: string;
  as_of?: string;
  status: Status;
  cumulative?: boolean;
  subject?: string;
  subject_en?: string | null;
  source: string;
  /** Verbatim Chinese text from the source; fragments joined by " … ". */
  quote: string;
  quote_fragments?: string[];
  /** The curators' note for readers: what exactly the figure counts. */
  note?: string;
  /** The same note in Chinese, for Chinese pages: present whenever `note` is. */
  note_zh?: string;
}

export interface Dataset {
  sources: Source[];
  entities: Entity[];
  programs: Program[];
  units: Record<string, Unit>;
  metrics: Metric[];
  facts: Fact[];
}
