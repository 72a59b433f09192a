// Turning facts into chart rows and table rows, the same way in every
// component: names and values in the reader's language, accessible names that
// say place, value, period, status (and rank when ranked).
import type { Entity, Fact, Metric, Program, Source } from '../data/types.js';
import { dataIndex, getEntity, getSource } from '../data/dataset.js';
import { formatPeriod, formatValue } from '../core/format.js';
import type { Ranked } from '../core/rank.js';
import type { Lang, Strings } from '../i18n/strings.js';
import type { BarRow } from './bar-chart.js';
import type { TrendPoint } from './trend-chart.js';
import type { TableModel } from './data-table.js';

export const entityName = (entity: Entity, lang: Lang): string => (lang === 'zh-CN' ? entity.name_zh : entity.name_en);
export const placeName = (id: string, lang: Lang): string => entityName(getEntity(id)!, lang);
export const metricLabel = (metric: Metric, lang: Lang): string => (lang === 'zh-CN' ? metric.label_zh : metric.label_en);
export const programLabel = (program: Program, lang: Lang): string => (lang === 'zh-CN' ? program.label_zh : program.label_en);
export const sourceTitle = (source: Source, lang: Lang): string => (lang === 'zh-CN' ? source.title_zh : source.title_en);
/** The named project a fact is about, in the reader's language (undefined for a whole-place figure). */
export const subjectName = (fact: Fact, lang: Lang): string | undefined => (lang === 'zh-CN' ? fact.subject : (fact.subject_en ?? fact.subject));
/**
 * Whose figure a fact is, in the reader's language: the place, and the part of it the figure
 * covers when it is not the whole place ("Luoyang (the five hospitals …)"), so a rank or a
 * table never reads one hospital's figure as its city's.
 */
export function factPlace(fact: Fact, t: Strings, lang: Lang): string {
  const subject = subjectName(fact, lang);
  return subject ? t.bracket(placeName(fact.entity, lang), subject) : placeName(fact.entity, lang);
}
/** Formatted values, per fact and language: a card shows each one several times (bar, title, table, summary). */
const formatted = new WeakMap<Fact, Partial<Record<Lang, string>>>();

export function valueText(fact: Fact, metric: Metric, lang: Lang): string {
  let byLang = formatted.get(fact);
  if (!byLang) formatted.set(fact, (byLang = {}));
  return (byLang[lang] ??= formatValue(fact, metric, dataIndex.units, lang));
}

/** A value as written, and for a target or plan the word that says so: "55% (Target)". Never read as a result. */
export function statedValue(fact: Fact, metric: Metric, t: Strings, lang: Lang, words: Record<'target' | 'plan', string>): string {
  const value = valueText(fact, metric, lang);
  return fact.status === 'actual' ? value : t.bracket(value, words[fact.status]);
}

/** "Kaifeng: 34 facilities, 2020, Actual" */
export function pointLabel(fact: Fact, metric: Metric, t: Strings, lang: Lang): string {
  return t.point(factPlace(fact, t, lang), valueText(fact, metric, lang), formatPeriod(fact.period, lang), t.status[fact.status]);
}

/**
 * A ranking in words, as the ranking and the map say it: how many reported, who
 * was first and last, and where the highlighted place stands (or that it did not
 * report). "Zhengzhou was first" already places a first or last place, so it is
 * not placed again unless a better direction or a tie adds something.
 */
export function rankingInWords(ranking: Ranked<Fact>[], metric: Metric, t: Strings, lang: Lang, opts: { reported: string; levelLabel: string; period: string; highlight?: Entity }): string {
  const top = ranking[0].item;
  const bottom = ranking[ranking.length - 1].item;
  const { highlight, levelLabel } = opts;
  const entry = highlight ? ranking.find((r) => r.item.entity === highlight.id) : undefined;
  const alreadyPlaced = entry && !entry.tied && metric.higher_is_better === null && (entry.item === top || entry.item === bottom);
  const highlightSentence = !highlight || alreadyPlaced
    ? undefined
    : entry
      ? t.summary.rank({
          rank: entry.rank,
          count: ranking.length,
          level: levelLabel,
          tied: entry.tied,
          direction: metric.higher_is_better === null ? 'unknown' : metric.higher_is_better ? 'higher' : 'lower',
          subject: placeName(highlight.id, lang),
        })
      : t.notReportedBy(placeName(highlight.id, lang), metricLabel(metric, lang), formatPeriod(opts.period, lang));
  return t.rankingSummary({
    reported: opts.reported,
    count: ranking.length,
    top: factPlace(top, t, lang),
    topValue: valueText(top, metric, lang),
    bottom: factPlace(bottom, t, lang),
    bottomValue: valueText(bottom, metric, lang),
    highlight: highlightSentence,
  });
}

/** A trend's points: each period says its status when it is not a result (a target never reads as that year's result). */
export function trendPoints(facts: Fact[], metric: Metric, t: Strings, lang: Lang): TrendPoint[] {
  return facts.map((f) => ({
    key: `${f.period}|${f.status}`,
    period: f.period,
    periodLabel: f.status === 'actual' ? formatPeriod(f.period, lang) : `${formatPeriod(f.period, lang)} ${t.status[f.status]}`,
    value: f.value,
    valueLabel: valueText(f, metric, lang),
    status: f.status,
    ariaLabel: pointLabel(f, metric, t, lang),
  }));
}

/** Bars for a ranking: rank in each accessible name, the highlighted place marked. */
export function rankedRows(ranking: Ranked<Fact>[], metric: Metric, t: Strings, lang: Lang, highlight?: string): BarRow[] {
  return ranking.map(({ item, rank }) => {
    const name = `${pointLabel(item, metric, t, lang)}${lang === 'zh-CN' ? '；' : '; '}${t.columns.rank} ${t.rankOf(rank, ranking.length)}`;
    return {
      key: item.entity,
      label: factPlace(item, t, lang),
      value: item.value,
      valueLabel: valueText(item, metric, lang),
      highlighted: item.entity === highlight,
      status: item.status,
      ariaLabel: item.entity === highlight ? t.bracket(name, t.highlighted) : name,
    };
  });
}

/** The data table of the facts a chart draws: place, value, period, status, source (and rank). */
export function factTable(facts: Fact[], metric: Metric, t: Strings, lang: Lang, opts: { highlight?: string; ranks?: Map<Fact, number> } = {}): TableModel {
  const withRank = opts.ranks !== undefined;
  return {
    caption: t.tableCaption(metricLabel(metric, lang)),
    columns: [
      t.columns.place,
      ...(withRank ? [t.columns.rank] : []),
      t.columns.value,
      t.columns.period,
      t.columns.status,
      t.columns.source,
    ],
    rows: facts.map((f) => ({
      cells: [
        factPlace(f, t, lang),
        ...(withRank ? [String(opts.ranks!.get(f) ?? '')] : []),
        valueText(f, metric, lang),
        formatPeriod(f.period, lang),
        t.status[f.status],
        sourceTitle(getSource(f.source)!, lang),
      ],
      numeric: withRank ? [1, 2] : [1],
      highlighted: f.entity === opts.highlight ? t.highlighted : undefined,
    })),
  };
}
