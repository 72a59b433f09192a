// Typed access to the compiled dataset. A small index (places, programmes,
// sources, units, which metrics each place reports) is always present; the
// metrics and facts of a programme arrive with its shard (loadProgram), so a
// page downloads only the programmes it shows. Lookups see the shards loaded so
// far; indexes are built once per loaded shard and shared by every instance.
import rawIndex from '../../data/runtime/index.js';
import type { Entity, Fact, Level, Metric, Program, Source, Status } from './types.js';
import { decodeIndex, decodeShard, type DataIndex, type ProgramShard, type RawIndex, type RawShard } from './runtime-format.js';

export type * from './types.js';

export type { DataIndex, ProgramShard } from './runtime-format.js';

export const dataIndex: DataIndex = decodeIndex(rawIndex as unknown as RawIndex);

const shards = new Map<string, ProgramShard>();
const pending = new Map<string, Promise<void>>();

/** Whether a programme's metrics and facts are loaded. */
export const isProgramLoaded = (programId: string): boolean => shards.has(programId);

/** Makes a programme's shard available at once (the single script carries them all). */
export function registerProgram(programId: string, shard: RawShard): void {
  shards.set(programId, decodeShard(programId, shard, dataIndex));
  indexes = undefined;
}

/** Loads a programme's shard once; later calls share the same promise. */
export function loadProgram(programId: string): Promise<void> {
  if (shards.has(programId)) return Promise.resolve();
  let promise = pending.get(programId);
  if (!promise) {
    promise = import(`../../data/runtime/programs/${programId}.js`).then(
      (module: { default: RawShard }) => {
        shards.set(programId, decodeShard(programId, module.default, dataIndex));
        pending.delete(programId);
        indexes = undefined;
      },
      (error: unknown) => {
        pending.delete(programId);
        throw error;
      },
    );
    pending.set(programId, promise);
  }
  return promise;
}

/** The programme a metric belongs to, from the index (no shard needed). */
export const programOfMetric = (metricId: string): string | undefined => dataIndex.metricProgram[metricId];

/** Whether any metric belongs to a programme: one the sources report nothing for has no shard. */
export const programHasData = (programId: string): boolean => Object.values(dataIndex.metricProgram).includes(programId);

/** Every metric id, from the index. */
export const allMetricIds = (): string[] => Object.keys(dataIndex.metricProgram);

/** Ids of the metrics a place reports, from the index. */
export const metricIdsOf = (entityId: string): string[] => dataIndex.entityMetrics[entityId] ?? [];

/** Ids of the places reporting a metric, from the index. */
export function entityIdsReporting(metricId: string): string[] {
  return Object.keys(dataIndex.entityMetrics).filter((e) => dataIndex.entityMetrics[e].includes(metricId));
}

/** The programmes whose shards a place's facts live in. */
export function programsOfEntity(entityId: string): string[] {
  return [...new Set(metricIdsOf(entityId).map((m) => dataIndex.metricProgram[m]))].sort();
}

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

/** Periods (2018, 2016-2020) sort by their first year; plain string order does that and is fast. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  const loaded = [...shards.values()];
  const facts = loaded.flatMap((s) => s.facts).sort((a, b) => comparePeriods(a.period, b.period));
  const entityNames = new Map<string, Entity>();
  for (const e of dataIndex.entities) {
    for (const name of [e.id, e.name_zh, e.name_en, e.name_zh.replace(/[市县区]$/, ''), e.name_en.replace(/ (County|District)$/, '')]) {
      const key = name.trim().toLowerCase();
      if (!entityNames.has(key)) entityNames.set(key, e);
    }
  }
  return {
    entities: new Map(dataIndex.entities.map((e) => [e.id, e])),
    entityNames,
    metrics: new Map(loaded.flatMap((s) => s.metrics).map((m) => [m.id, m])),
    programs: new Map(dataIndex.programs.map((p) => [p.id, p])),
    sources: new Map(dataIndex.sources.map((s) => [s.id, s])),
    factsByMetric: group(facts, (f) => f.metric),
    factsByEntityMetric: group(facts, (f) => `${f.entity}\u0000${f.metric}`),
    factsByEntity: group(facts, (f) => f.entity),
  };
}

function index(): Indexes {
  return (indexes ??= build());
}

export const getEntity = (id: string): Entity | undefined => index().entities.get(id);
/** A metric, once its programme is loaded. */
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

/** Every loaded fact of a metric, oldest period first. */
export function factsOfMetric(metricId: string, filter: FactFilter = {}): Fact[] {
  return (index().factsByMetric.get(metricId) ?? []).filter((f) => matches(f, filter));
}

/** Every loaded fact of an entity, oldest period first. */
export function factsOfEntity(entityId: string): Fact[] {
  return index().factsByEntity.get(entityId) ?? [];
}

/** Entities with at least one fact for the metric, in dataset order. */
export function entitiesReporting(metricId: string, filter: FactFilter = {}): Entity[] {
  const ids = new Set(factsOfMetric(metricId, filter).map((f) => f.entity));
  return dataIndex.entities.filter((e) => ids.has(e.id));
}

/** Entities of a level (all 18 prefecture-level units for 'prefecture'). */
export function entitiesAt(level: Level): Entity[] {
  return dataIndex.entities.filter((e) => e.level === level);
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

/** Metrics of a programme (once loaded), in dataset order. */
export function metricsOf(programId: string): Metric[] {
  return shards.get(programId)?.metrics ?? [];
}

/** The province's stated target for a metric (for a period when given), if any. */
export function provincialTarget(metricId: string, period?: string): Fact | undefined {
  const targets = factsFor('henan', metricId, { status: 'target' });
  return period ? targets.find((f) => f.period === period) ?? targets.at(-1) : targets.at(-1);
}
