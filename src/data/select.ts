// Choosing which facts a chart draws, the same way in every component.
import type { Fact, Status } from './types.js';
import { factsFor, factsOfMetric, type FactFilter } from './dataset.js';

const STATUS_ORDER: Status[] = ['actual', 'target', 'plan'];

/**
 * Of several facts for one entity, metric and period, the one to show: a
 * result before a target before a plan, a whole-entity figure before one about
 * a named subject (one hospital), then dataset order.
 */
export function preferred(facts: Fact[]): Fact | undefined {
  return [...facts].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || Number(!!a.subject) - Number(!!b.subject),
  )[0];
}

/**
 * The fact a single-value view shows for an entity and metric: in `period`, else
 * the latest with a result (else the latest); about the named project `subject`
 * when given (see isAbout).
 */
export function mainFact(entityId: string, metricId: string, period?: string, subject?: string): Fact | undefined {
  const facts = factsFor(entityId, metricId).filter((f) => !subject || isAbout(f, subject));
  const actual = facts.filter((f) => f.status === 'actual');
  const chosen = period ?? (actual.length ? actual : facts).at(-1)?.period;
  return preferred(facts.filter((f) => f.period === chosen));
}

/** One fact per entity (the preferred one), for comparing entities. */
export function onePerEntity(metricId: string, filter: FactFilter): Fact[] {
  const byEntity = new Map<string, Fact[]>();
  for (const f of factsOfMetric(metricId, filter)) byEntity.set(f.entity, [...(byEntity.get(f.entity) ?? []), f]);
  return [...byEntity.values()].map((facts) => preferred(facts)!);
}

/** The period with the most reporting places; the latest wins a tie. */
export function mostReported(facts: Fact[]): string {
  const counts = new Map<string, Set<string>>();
  for (const f of facts) counts.set(f.period, (counts.get(f.period) ?? new Set()).add(f.entity));
  return [...counts.entries()].sort((a, b) => b[1].size - a[1].size || b[0].localeCompare(a[0]))[0][0];
}

/** Whether a fact is about the named project `name` (its Chinese name, or its English name in any case). */
export function isAbout(fact: Fact, name: string): boolean {
  return fact.subject === name || (!!fact.subject_en && fact.subject_en.toLowerCase() === name.toLowerCase());
}

/** "南阳市传染病医院 · Nanyang Infectious Disease Hospital" for each named project among `facts`: what a subject attribute accepts. */
export function subjectNames(facts: Fact[]): string[] {
  return [...new Set(facts.filter((f) => f.subject).map((f) => `${f.subject} · ${f.subject_en ?? ''}`))];
}
