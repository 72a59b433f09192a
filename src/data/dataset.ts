// Typed lookups over the compiled dataset. The indexes are built once, on first
// use, and shared by every component instance on the page.
import raw from '../../data/dataset.json';
import type { Dataset, Entity, Fact, Level, Metric, Program, Source, Status } from './types.js';

export type * from './types.js';

export const dataset = raw as unknown as Dataset;

interface Indexes {
  entities: Map<string, Entity>;
  entityNames: Map<string, Entity>;
  metrics: Map<string, Metric>;
  programs: Map<string, Program>;
  sources: Map<string, Source>;
  factsByMetric: Map<string, Fact[]>;
  factsByEntityMetric: Map<string, Fact[]>;
  factsByEntity: Map<string, Fact[]>;
}

let indexes: Indexes | undefined;

/** Periods sort by their first year, then spans after single years. */
export function comparePeriods(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function build(): Indexes {
  const byPeriod = (a: Fact, b: Fact) => comparePeriods(a.period, b.period);
  const facts = [...dataset.facts].sort(byPeriod);
  const entityNames = new Map<string, Entity>();
  for (const e of dataset.entities) {
    for (const name of [e.id, e.name_zh, e.name_en, e.name_zh.replace(/[市县区]$/, ''), e.name_en.replace(/ (County|District)$/, '')]) {
      const key = name.trim().toLowerCase();
      if (!entityNames.has(key)) entityNames.set(key, e);
    }
  }
  return {
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    entityNames,
    metrics: new Map(dataset.metrics.map((m) => [m.id, m])),
    programs: new Map(dataset.programs.map((p) => [p.id, p])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    factsByMetric: group(facts, (f) => f.metric),
    factsByEntityMetric: group(facts, (f) => `${f.entity}\u0000${f.metric}`),
    factsByEntity: group(facts, (f) => f.entity),
  };
}

function index(): Indexes {
  return (indexes ??= build());
}

export const getEntity = (id: string): Entity | undefined => index().entities.get(id);
export const getMetric = (id: string): Metric | undefined => index().metrics.get(id);
export const getProgram = (id: string): Program | undefined => index().programs.get(id);
export const getSource = (id: string): Source | undefined => index().sources.get(id);

/** Finds an entity by id, Chinese or English name, with or without 市/县 or "County". */
export function findEntity(query: string): Entity | undefined {
  return index().entityNames.get(query.trim().toLowerCase());
}

export interface FactFilter {
  period?: string;
  status?: Status;
  level?: Level;
}

function matches(fact: Fact, filter: FactFilter): boolean {
  if (filter.period !== undefined && fact.period !== filter.period) return false;
  if (filter.status !== undefined && fact.status !== filter.status) return false;
  if (filter.level !== undefined && getEntity(fact.entity)?.level !== filter.level) return false;
  return true;
}

/** Facts of one entity for one metric, oldest period first. */
export function factsFor(entityId: string, metricId: string, filter: FactFilter = {}): Fact[] {
  return (index().factsByEntityMetric.get(`${entityId}\u0000${metricId}`) ?? []).filter((f) => matches(f, filter));
}

/** Every fact of a metric, oldest period first. */
export function factsOfMetric(metricId: string, filter: FactFilter = {}): Fact[] {
  return (index().factsByMetric.get(metricId) ?? []).filter((f) => matches(f, filter));
}

/** Every fact of an entity, oldest period first. */
export function factsOfEntity(entityId: string): Fact[] {
  return index().factsByEntity.get(entityId) ?? [];
}

/** Entities with at least one fact for the metric, in dataset order. */
export function entitiesReporting(metricId: string, filter: FactFilter = {}): Entity[] {
  const ids = new Set(factsOfMetric(metricId, filter).map((f) => f.entity));
  return dataset.entities.filter((e) => ids.has(e.id));
}

/** Entities of a level (all 18 prefecture-level units for 'prefecture'). */
export function entitiesAt(level: Level): Entity[] {
  return dataset.entities.filter((e) => e.level === level);
}

/**
 * How many places of a level there are, for "n of N reported": all 18 for
 * prefectures, 1 for the province; undefined for counties, of which the dataset
 * holds only those the documents give figures for, so a total would mislead.
 */
export function levelTotal(level: Level): number | undefined {
  return level === 'county' ? undefined : entitiesAt(level).length;
}

/** The distinct periods a metric has facts for, oldest first. */
export function periodsOf(metricId: string, entityId?: string): string[] {
  const facts = entityId ? factsFor(entityId, metricId) : factsOfMetric(metricId);
  return [...new Set(facts.map((f) => f.period))];
}

/** Metrics of a programme, in dataset order. */
export function metricsOf(programId: string): Metric[] {
  return dataset.metrics.filter((m) => m.program === programId);
}

/** The province's stated target for a metric (for a period when given), if any. */
export function provincialTarget(metricId: string, period?: string): Fact | undefined {
  const targets = factsFor('henan', metricId, { status: 'target' });
  return period ? targets.find((f) => f.period === period) ?? targets.at(-1) : targets.at(-1);
}
