// The summary: one or two plain sentences with the chart's main message (value,
// period, rank among reporters, target, trend), generated from the data in
// either language. Screen readers read it as the chart's description and every
// reader sees it as text.
import type { Fact, Metric, Unit } from '../data/types.js';
import { strings, type Lang } from '../i18n/strings.js';
import { formatPeriod, formatValue } from './format.js';
import type { Ranked } from './rank.js';

export interface SummaryInput {
  lang: Lang;
  place: string;
  metric: Metric;
  metricLabel: string;
  units: Record<string, Unit>;
  fact: Fact;
  /** The ranking among entities of the same level, same period and status. */
  ranking?: Ranked<Fact>[];
  levelLabel?: string;
  target?: Fact;
  /** Earlier facts of the same entity and metric (same status), oldest first. */
  trend?: Fact[];
}

export function summarize(input: SummaryInput): string {
  const { lang, fact, metric, units } = input;
  const t = strings[lang];
  const fmt = (f: Fact) => formatValue(f, metric, units, lang);
  const sentences = [
    t.summary.value({
      place: input.place,
      metric: input.metricLabel,
      value: fmt(fact),
      period: formatPeriod(fact.period, lang),
      status: fact.status,
    }),
  ];
  const entry = input.ranking?.find((r) => r.item === fact);
  if (entry && input.ranking && input.levelLabel && fact.status === 'actual') {
    const direction = metric.higher_is_better === null ? 'unknown' : metric.higher_is_better ? 'higher' : 'lower';
    sentences.push(t.summary.rank({ rank: entry.rank, count: input.ranking.length, level: input.levelLabel, tied: entry.tied, direction }));
  }
  if (input.target && fact.status === 'actual' && input.target.entity !== fact.entity) {
    const relation = fact.value > input.target.value ? 'above' : fact.value < input.target.value ? 'below' : 'equal';
    sentences.push(t.summary.target({ target: fmt(input.target), relation }));
  }
  const trend = input.trend ?? [];
  if (trend.length > 1) {
    const first = trend[0];
    const last = trend[trend.length - 1];
    sentences.push(t.summary.trend({ from: fmt(first), fromPeriod: formatPeriod(first.period, lang), to: fmt(last), toPeriod: formatPeriod(last.period, lang) }));
  }
  return sentences.join(lang === 'zh-CN' ? '' : ' ');
}
