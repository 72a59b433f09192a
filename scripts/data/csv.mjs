// dataset.csv: one row per fact, names spelled out, for readers who want the data.

const COLUMNS = [
  'id', 'entity', 'entity_zh', 'entity_en', 'level', 'metric', 'metric_zh', 'metric_en', 'program',
  'value', 'unit', 'value_text', 'unit_text', 'qualifier', 'period', 'as_of', 'status', 'cumulative',
  'subject', 'source', 'quote', 'note', 'note_zh',
];

/** RFC 4180 quoting: fields with commas, quotes or line breaks are wrapped and quotes doubled. */
function field(/** @type {unknown} */ value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {any} dataset */
export function toCsv(dataset) {
  const entities = new Map(dataset.entities.map((/** @type {any} */ e) => [e.id, e]));
  const metrics = new Map(dataset.metrics.map((/** @type {any} */ m) => [m.id, m]));
  const rows = dataset.facts.map((/** @type {any} */ f) => {
    const e = /** @type {any} */ (entities.get(f.entity));
    const m = /** @type {any} */ (metrics.get(f.metric));
    const row = {
      ...f,
      entity_zh: e.name_zh, entity_en: e.name_en, level: e.level,
      metric_zh: m.label_zh, metric_en: m.label_en, program: m.program, unit: m.unit,
    };
    return COLUMNS.map((c) => field(/** @type {any} */ (row)[c])).join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
