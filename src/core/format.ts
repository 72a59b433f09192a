// Numbers, values and dates for display, with Intl, in zh-CN and en.
import type { Fact, Metric, Unit } from '../data/types.js';
import type { Lang } from '../i18n/strings.js';
import { strings } from '../i18n/strings.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat instances are costly to create: one per language and style, shared. */
function formatter(lang: Lang, style: 'plain' | 'compact'): Intl.NumberFormat {
  const key = `${lang}|${style}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf =
      style === 'compact'
        ? new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })
        : // Chinese writes numbers under 万 without grouping commas (1375人), as the sources do.
          new Intl.NumberFormat(lang, { maximumFractionDigits: 2, useGrouping: lang !== 'zh-CN' });
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * A number for reading: Chinese uses 万 and 亿 from 10 000 up (271万), English
 * words from a million up (2.71 million) and digit groups below (368,000).
 */
export function formatNumber(value: number, lang: Lang): string {
  const compact = lang === 'zh-CN' ? Math.abs(value) >= 10_000 : Math.abs(value) >= 1_000_000;
  return formatter(lang, compact ? 'compact' : 'plain').format(value);
}

const SCALES: Record<string, number> = { 千万: 1e7, 百万: 1e6, 十万: 1e5, 亿: 1e8, 万: 1e4, 千: 1e3 };
const SCALE_WORD = /^(千万|百万|十万|亿|万|千)/;

/** The base unit as the source wrote it (人 from 万余人), for Chinese display. */
export function writtenBaseUnit(unitText: string): string {
  return unitText.replace(/\s+/g, '').replace(/[余多]/g, '').replace(SCALE_WORD, '');
}

/** The number as the source wrote it, with its scale word: 2365000 and "万人" → [236.5, "万"]. */
export function writtenNumber(value: number, unitText: string): [number, string] {
  const scale = unitText.replace(/\s+/g, '').replace(/[余多]/g, '').match(SCALE_WORD)?.[1] ?? '';
  return [scale ? Number((value / SCALES[scale]).toPrecision(12)) : value, scale];
}

const precise = new Map<string, Intl.NumberFormat>();

/**
 * A value with every digit the source gave, no more: Chinese as the source wrote
 * it (37962人 stays 37962, 236.5万 stays 236.5万), English in words from a million
 * up with as many significant digits as the source (236.5万 → 2.365 million).
 */
function formatWritten(value: number, unitText: string, lang: Lang): string {
  const [written, scale] = writtenNumber(value, unitText);
  const digits = Math.min(21, Math.max(1, String(Math.abs(written)).replace('.', '').replace(/^0+/, '').length));
  const chinese = lang === 'zh-CN';
  const compact = !chinese && Math.abs(value) >= 1_000_000;
  const key = `${lang}|${compact}|${digits}`;
  let nf = precise.get(key);
  if (!nf) {
    nf = compact
      ? new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: Math.max(digits, 3) })
      : new Intl.NumberFormat(lang, { maximumFractionDigits: 6, useGrouping: !chinese });
    precise.set(key, nf);
  }
  return chinese ? `${nf.format(written)}${scale}` : nf.format(value);
}

/**
 * A fact's value with its unit and qualifier: "69.31%", "more than 70,000 people",
 * "7万余人" → "超过7万人", "CNY 290 million" / "2.9亿元".
 */
export function formatValue(fact: Pick<Fact, 'value' | 'unit_text' | 'qualifier'>, metric: Pick<Metric, 'unit'>, units: Record<string, Unit>, lang: Lang): string {
  const number = formatWritten(fact.value, fact.unit_text, lang);
  const t = strings[lang];
  const qualifier = fact.qualifier ? t.qualifier[fact.qualifier] : '';
  let text: string;
  if (metric.unit === 'percent') {
    text = `${number}%`;
  } else if (lang === 'zh-CN') {
    // The measure word the source wrote (344所, 26例, 46571人份), else the kind's (元).
    const unit = writtenBaseUnit(fact.unit_text) || units[metric.unit]?.label_zh;
    text = `${number}${unit || ''}`;
  } else if (metric.unit === 'cny') {
    text = `CNY ${number}`;
  } else {
    // The kind's word, singular for 1, unless the written unit says otherwise (人份 → doses).
    const unit = units[metric.unit];
    const [one, other] = unit?.written_en?.[writtenBaseUnit(fact.unit_text)] ?? [unit?.label_en_one ?? unit?.label_en ?? '', unit?.label_en ?? ''];
    const label = fact.value === 1 ? one : other;
    text = label ? `${number} ${label}` : number;
  }
  if (!qualifier) return text;
  return lang === 'zh-CN' ? `${qualifier}${text}` : `${qualifier} ${text}`;
}

/** A number on an axis or in a compact label: no unit words. */
export function formatTick(value: number, unit: string, lang: Lang): string {
  const number = formatNumber(value, lang);
  return unit === 'percent' ? `${number}%` : number;
}

/** A period for reading: 2020 → "2020" / "2020年"; 2016-2020 → "2016–2020". */
export function formatPeriod(period: string, lang: Lang): string {
  return strings[lang].period(period);
}

/** A date as the dataset writes it (2020, 2020-12, 2020-12-29), for reading. */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (lang === 'zh-CN') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  const d = new Date(Date.UTC(year, month - 1, day || 1));
  return (day ? dayFormat : monthFormat).format(d);
}

const monthFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
