// Test helpers that read expectations from data/dataset.json directly, so a test
// never types a figure the dataset could disagree with.
import raw from '../../data/dataset.json';
import type { Dataset, Fact } from '../../src/data/types.js';

export const data = raw as unknown as Dataset;

const level = new Map(data.entities.map((e) => [e.id, e.level]));

/** Reads a number as a widget displays it ("2.71 million", "271万", "69.31%", "CNY 1.54 billion"). */
export function parseDisplayed(text: string): number {
  const match = /(-?[\d,]+(?:\.\d+)?)\s*(thousand|million|billion|万|亿)?/.exec(text.replace(/\u00a0/g, ' '));
  if (!match) return NaN;
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9, 万: 1e4, 亿: 1e8 }[match[2] as string] ?? 1;
  return Number(match[1].replace(/,/g, '')) * scale;
}

/** Whether a displayed number matches a dataset value to the precision shown. */
export function closeTo(displayed: number, value: number): boolean {
  return Math.abs(displayed - value) <= Math.max(Math.abs(value) * 0.005, 0.01);
}

/** Actual facts of prefecture-level places whose metric at least three such places report in the same period. */
export function comparableFacts(): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const f of data.facts) {
    if (f.status !== 'actual' || level.get(f.entity) !== 'prefecture' || f.subject) continue;
    const key = `${f.metric}|${f.period}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].filter((g) => new Set(g.map((f) => f.entity)).size >= 3).flat();
}

/** An entity and metric with results in two or more periods. */
export function factsWithTrend(): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const f of data.facts) {
    if (f.status !== 'actual' || f.subject) continue;
    const key = `${f.entity}|${f.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].find((g) => new Set(g.map((f) => f.period)).size >= 2) ?? [];
}

/** A metric and a prefecture that did not report it, plus the places that did. */
export function notReportedCase(): { city: string; metric: string; reporters: string[] } {
  for (const m of data.metrics) {
    const reporters = [...new Set(data.facts.filter((f) => f.metric === m.id).map((f) => f.entity))];
    const missing = data.entities.find((e) => e.level === 'prefecture' && !reporters.includes(e.id));
    if (reporters.length >= 2 && missing) return { city: missing.id, metric: m.id, reporters };
  }
  throw new Error('the dataset has no metric that some prefecture did not report');
}

/** A fact whose status is not actual (a target or plan), for a non-province entity. */
export function targetOrPlanFact(): Fact {
  const fact = data.facts.find((f) => f.status !== 'actual' && f.entity !== 'henan' && !data.facts.some((g) => g.entity === f.entity && g.metric === f.metric && g.period === f.period && g.status === 'actual'));
  if (!fact) throw new Error('the dataset has no target or plan fact');
  return fact;
}

/** A quote's text with its whitespace (the seed's line breaks, its page layout) left out, to compare as shown with as stored. */
export const withoutLayout = (quote: string): string => quote.replace(/\s/g, '');
