// Decodes the compact runtime form of the dataset (scripts/data/runtime.mjs)
// into the records of data/dataset.json: there, every id is written once and
// referred to by position, which keeps the bundled data small.
import type { Entity, Fact, Metric, Program, Source, Unit } from './types.js';

/** The index as data/runtime/index.js holds it. */
export interface RawIndex {
  sources: Source[];
  entities: Entity[];
  programs: Program[];
  units: Record<string, Unit>;
  /** programme id → its metric ids, in the order of its shard */
  metricIds: Record<string, string[]>;
  /** entity id → positions, in every programme's metric ids one after another, of the metrics it reports */
  entityMetrics: Record<string, number[]>;
}

/** Rows written as columns (one array per field); a field in `sparse` holds null where a row lacks it. */
export interface Columns<Row> {
  columns: { [Field in keyof Row]-?: (Row[Field] | null)[] };
  sparse: (keyof Row)[];
}

/** A programme shard as data/runtime/programs/<id>.js holds it. */
export interface RawShard {
  /** Metrics without id and programme, in the order of the index's metricIds. */
  metrics: Columns<Omit<Metric, 'id' | 'program'>>;
  /** Facts whose `metric` is a position in `metrics`. */
  facts: Columns<Omit<Fact, 'metric'> & { metric: number }>;
}

export interface DataIndex {
  sources: Source[];
  entities: Entity[];
  programs: Program[];
  units: Record<string, Unit>;
  /** metric id → programme id */
  metricProgram: Record<string, string>;
  /** programme id → its metric ids */
  metricIds: Record<string, string[]>;
  /** entity id → ids of the metrics it reports */
  entityMetrics: Record<string, string[]>;
}

export interface ProgramShard {
  metrics: Metric[];
  facts: Fact[];
}

export function decodeIndex(raw: RawIndex): DataIndex {
  const all = Object.values(raw.metricIds).flat();
  const metricProgram: Record<string, string> = {};
  for (const [program, ids] of Object.entries(raw.metricIds)) for (const id of ids) metricProgram[id] = program;
  const entityMetrics: Record<string, string[]> = {};
  for (const [entity, positions] of Object.entries(raw.entityMetrics)) entityMetrics[entity] = positions.map((i) => all[i]).sort();
  return { ...raw, metricProgram, entityMetrics };
}

export function rowsOf<Row>({ columns, sparse }: Columns<Row>): Row[] {
  const fields = Object.keys(columns) as (keyof Row)[];
  const optional = new Set(sparse);
  return (columns[fields[0]] ?? []).map((_, i) => {
    const row = {} as Row;
    for (const field of fields) {
      const value = columns[field][i];
      if (value !== null || !optional.has(field)) row[field] = value as Row[keyof Row];
    }
    return row;
  });
}

export function decodeShard(programId: string, raw: RawShard, index: DataIndex): ProgramShard {
  const ids = index.metricIds[programId] ?? [];
  const metrics = rowsOf(raw.metrics).map((m, i) => ({ id: ids[i], program: programId, ...m }) as Metric);
  const facts = rowsOf(raw.facts).map((f) => ({ ...f, metric: ids[f.metric] }) as Fact);
  return { metrics, facts };
}
