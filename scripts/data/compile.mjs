// The data compiler: load → validate → emit. Reads the human-edited files under
// data/ and the seeds, refuses anything it cannot verify, and returns the
// compiled dataset with its CSV and coverage report. No file is written here;
// scripts/build-data.mjs writes only when nothing was refused.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  parseWrittenNumber,
  parseWrittenUnit,
  qualifierBefore,
  qualifierAfter,
  valueAndUnitLength,
  normalise,
  findValueInQuote,
} from './units.mjs';
import { toCsv } from './csv.mjs';
import { coverageReport } from './coverage.mjs';

/** How far apart (in characters) the fragments of one multi-fragment quote may lie. */
export const FRAGMENT_WINDOW = 400;

const LEVELS = ['province', 'prefecture', 'county'];
const STATUSES = ['actual', 'target', 'plan'];
const FACT_FIELDS = new Set([
  'entity', 'metric', 'value', 'unit', 'period', 'as_of', 'status', 'quote',
  'cumulative', 'note', 'note_zh', 'subject', 'subject_en', 'source',
]);

/**
 * @param {{ dataDir: string, seedsDir: string, onlySource?: string }} options
 */
export function compileDataset({ dataDir, seedsDir, onlySource }) {
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const warnings = [];
  const where = (/** @type {string} */ file, /** @type {number} */ line) =>
    `${relative(process.cwd(), file) || file}:${line}`;
  const refuse = (/** @type {string} */ file, /** @type {number} */ line, /** @type {string} */ what, /** @type {string} */ message) =>
    errors.push(`${where(file, line)}: ${what}: ${message}`);

  // ---- load -------------------------------------------------------------
  const sourcesFile = join(dataDir, 'sources.json');
  const sourcesRaw = readJson(sourcesFile, errors);
  const unitsRaw = readJson(join(dataDir, 'units.json'), errors);
  const programsFile = join(dataDir, 'programs.json');
  const programsRaw = readJson(programsFile, errors);
  const entityFiles = listFiles(join(dataDir, 'entities'), '.json');
  const metricFiles = listFiles(join(dataDir, 'metrics'), '.json');
  const factFiles = listFiles(join(dataDir, 'facts'), '.jsonl').filter(
    (f) => !onlySource || f.endsWith(`${onlySource}.jsonl`),
  );
  if (errors.length) return { errors, warnings };

  /** @type {Map<string, {text: string, numbers: Set<string>, source: any}>} */
  const seeds = new Map();
  const sources = [];
  for (const source of sourcesRaw) {
    const path = join(seedsDir, source.file);
    if (!existsSync(path)) {
      refuse(sourcesFile, lineOf(sourcesFile, source.id), `source ${source.id}`, `seed file ${source.file} not found in ${seedsDir}`);
      continue;
    }
    const bytes = readFileSync(path);
    const text = bytes.toString('utf8');
    seeds.set(source.id, { text, numbers: new Set(numbersIn(text).map(withoutCommas)), source });
    sources.push({ ...source, sha256: createHash('sha256').update(bytes).digest('hex') });
  }

  const programs = checkUnique(programsRaw.map((p) => ({ ...p, file: programsFile })), 'programme', errors);
  const programIds = new Set(programs.map((p) => p.id));

  const entities = checkUnique(
    entityFiles.flatMap((file) => readJson(file, errors).map((e) => ({ ...e, file }))),
    'entity',
    errors,
  );
  const entityById = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    const what = `entity ${e.id}`;
    if (!LEVELS.includes(e.level)) refuse(e.file, lineOf(e.file, e.id), what, `level "${e.level}" is not one of ${LEVELS.join(', ')}`);
    if (e.parent !== null && !entityById.has(e.parent)) refuse(e.file, lineOf(e.file, e.id), what, `unknown parent "${e.parent}"`);
    if (!e.name_zh || !e.name_en) refuse(e.file, lineOf(e.file, e.id), what, 'needs name_zh and name_en');
  }

  const metrics = checkUnique(
    metricFiles.flatMap((file) => readJson(file, errors).map((m) => ({ ...m, file }))),
    'metric',
    errors,
  );
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  // Kept sorted by id, so a curator finds a metric (and sees a near-duplicate) where it belongs.
  for (const file of metricFiles) {
    const ids = metrics.filter((m) => m.file === file).map((m) => m.id);
    const at = ids.findIndex((id, i) => i > 0 && ids[i - 1].localeCompare(id) > 0);
    if (at > 0) refuse(file, lineOf(file, ids[at]), `metric ${ids[at]}`, `out of order: the file is sorted by id, and it sorts before ${ids[at - 1]}`);
  }
  for (const m of metrics) {
    const what = `metric ${m.id}`;
    const line = lineOf(m.file, m.id);
    if (!(m.unit in unitsRaw)) refuse(m.file, line, what, `unknown unit kind "${m.unit}" (valid: ${Object.keys(unitsRaw).join(', ')})`);
    if (!programIds.has(m.program)) refuse(m.file, line, what, `unknown programme "${m.program}"`);
    if (!m.label_zh || !m.label_en) refuse(m.file, line, what, 'needs label_zh and label_en');
    if (![true, false, null].includes(m.higher_is_better)) refuse(m.file, line, what, 'higher_is_better must be true, false or null');
    if ('change' in m && m.change !== true) refuse(m.file, line, what, 'change, when given, must be true');
  }

  // ---- facts --------------------------------------------------------------
  /** @type {any[]} */
  const facts = [];
  /** @type {Map<string, {fact: any, at: string}>} */
  const byKey = new Map();
  for (const file of factFiles) {
    const fileSource = file.split('/').pop()?.replace(/\.jsonl$/, '') ?? '';
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((lineText, index) => {
      const line = index + 1;
      if (!lineText.trim()) return;
      /** @type {any} */
      let raw;
      try {
        raw = JSON.parse(lineText);
      } catch (error) {
        refuse(file, line, `fact ${JSON.stringify(lineText.slice(0, 60))}`, `not valid JSON (${/** @type {Error} */ (error).message})`);
        return;
      }
      const what = `fact ${raw.entity ?? '?'} ${raw.metric ?? '?'} ${raw.period ?? '?'} "${raw.value ?? ''}${raw.unit ?? ''}"`;
      const fail = (/** @type {string} */ message) => refuse(file, line, what, message);
      const before = errors.length;

      for (const key of Object.keys(raw)) if (!FACT_FIELDS.has(key)) fail(`unknown field "${key}"`);
      for (const key of ['entity', 'metric', 'value', 'unit', 'period', 'status', 'quote']) {
        if (raw[key] === undefined || raw[key] === '') fail(`missing "${key}"`);
      }
      if (errors.length > before) return;

      const sourceId = raw.source ?? fileSource;
      const seed = seeds.get(sourceId);
      if (!seed) return fail(`unknown source "${sourceId}"`);
      if (raw.source && raw.source !== fileSource) fail(`source "${raw.source}" does not match its file (${fileSource})`);
      const entity = entityById.get(raw.entity);
      if (!entity) fail(`unknown entity "${raw.entity}"`);
      const metric = metricById.get(raw.metric);
      if (!metric) fail(`unknown metric "${raw.metric}"`);
      if (!STATUSES.includes(raw.status)) fail(`status "${raw.status}" is not one of ${STATUSES.join(', ')}`);
      if (!/^\d{4}(-\d{4})?$/.test(raw.period)) fail(`period "${raw.period}" is not a year (2020) or a span of years (2016-2020)`);
      if (raw.as_of !== undefined && !/^\d{4}-\d{2}(-\d{2})?$/.test(raw.as_of)) fail(`as_of "${raw.as_of}" is not a date (2020-12-29)`);

      const fragments = Array.isArray(raw.quote) ? raw.quote : [raw.quote];
      if (Array.isArray(raw.quote) && (fragments.length < 2 || fragments.length > 3)) {
        fail('a quote given as fragments needs two or three of them');
      }
      const located = locateFragments(seed.text, fragments);
      if (located.missing.length) {
        for (const fragment of located.missing) fail(`quote not found in seed ${sourceId}: "${fragment}"`);
        return;
      }
      if (located.span > FRAGMENT_WINDOW + Math.max(...fragments.map((f) => f.length))) {
        fail(`quote fragments lie ${located.span} characters apart; they must be within ${FRAGMENT_WINDOW}`);
      }

      // Widgets show the note in the page's language: both or neither.
      if (Boolean(raw.note) !== Boolean(raw.note_zh)) fail(raw.note ? 'a note needs its Chinese version, note_zh' : 'note_zh needs its English note');
      // Readers see notes and subjects beside the figure: a number in them must be one the seed
      // writes somewhere, as it writes it. This catches conversions (81,000 for 8.1万) and most
      // numbers typed from elsewhere, not a small number the seed happens to use for something else.
      for (const field of ['note', 'note_zh', 'subject_en']) {
        for (const written of numbersIn(typeof raw[field] === 'string' ? raw[field] : undefined)) {
          if (!seed.numbers.has(withoutCommas(written))) fail(`${field} has the number ${written}, which seed ${sourceId} does not contain; write numbers as the seed does`);
        }
      }

      const number = parseWrittenNumber(String(raw.value));
      if (Number.isNaN(number)) fail(`value "${raw.value}" is not a number as written`);
      // In 001 an OCR column break can fall between a number and its unit; the
      // value may then end one fragment and the unit begin the next.
      const candidates = [...fragments, ...fragments.slice(1).map((f, i) => `${fragments[i].trimEnd()}${f.trimStart()}`)];
      const valueFragment = candidates.find((f) => findValueInQuote(f, String(raw.value), raw.unit) >= 0);
      if (valueFragment === undefined) fail(`value "${raw.value}${raw.unit}" does not appear in its quote`);

      const unit = parseWrittenUnit(raw.unit);
      if (metric) {
        const accepts = unitsRaw[metric.unit]?.accepts ?? [];
        if (!accepts.includes(unit.base)) {
          fail(`unit "${raw.unit}" (base "${unit.base}") does not fit metric ${metric.id}, whose unit is ${metric.unit} (accepts: ${accepts.join(' ')})`);
        }
      }
      if (errors.length > before) return;

      const valueIndex = findValueInQuote(valueFragment, String(raw.value), raw.unit);
      const afterValue = valueFragment.slice(valueIndex + valueAndUnitLength(valueFragment, valueIndex, String(raw.value), raw.unit));
      // A fragment that ends with the value and unit: its sentence goes on in the next one
      // (an OCR column break), where 以上 or 左右 may stand.
      const valueFragmentIndex = fragments.indexOf(valueFragment);
      const nextFragment = afterValue.trim() === '' && valueFragmentIndex >= 0 ? fragments[valueFragmentIndex + 1] : undefined;
      const qualifierInFront = qualifierBefore(valueFragment.slice(0, valueIndex));
      const qualifier =
        // 近 400余 says "nearly" and "more than" at once: no more than "about".
        (qualifierInFront === 'nearly' && unit.qualifier === 'more-than' ? 'about' : null) ??
        unit.qualifier ??
        qualifierInFront ??
        qualifierAfter(afterValue) ??
        (nextFragment === undefined ? null : qualifierAfter(nextFragment));
      const subjectPart = raw.subject ? `.${slug(raw.subject_en ?? raw.subject)}` : '';
      const key = `${raw.entity}.${raw.metric}${subjectPart}.${raw.period}.${raw.status}`;
      const fact = {
        id: `${key}.${sourceId}`,
        entity: raw.entity,
        metric: raw.metric,
        value: normalise(number, unit.multiplier),
        value_text: String(raw.value),
        unit_text: raw.unit,
        ...(qualifier ? { qualifier } : {}),
        period: raw.period,
        ...(raw.as_of ? { as_of: raw.as_of } : {}),
        status: raw.status,
        ...(raw.cumulative ? { cumulative: true } : {}),
        ...(raw.subject ? { subject: raw.subject, subject_en: raw.subject_en ?? null } : {}),
        source: sourceId,
        quote: fragments.join(' … '),
        ...(fragments.length > 1 ? { quote_fragments: fragments } : {}),
        ...(raw.note ? { note: raw.note } : {}),
        ...(raw.note_zh ? { note_zh: raw.note_zh } : {}),
      };
      const previous = byKey.get(key);
      if (previous) {
        if (previous.fact.value !== fact.value) {
          return fail(`conflicts with ${previous.at} (same entity, metric, period and status, but ${previous.fact.value_text}${previous.fact.unit_text} there); if they count different things, give each a "subject"`);
        }
        if (previous.fact.source === fact.source) return fail(`duplicates ${previous.at}`);
      } else {
        byKey.set(key, { fact, at: where(file, line) });
      }
      facts.push(fact);
    });
  }

  if (!onlySource) {
    const used = new Set(facts.map((f) => f.metric));
    for (const m of metrics) if (!used.has(m.id)) warnings.push(`${where(m.file, lineOf(m.file, m.id))}: metric ${m.id} has no facts`);
  }
  if (errors.length) return { errors, warnings };

  const strip = (/** @type {any} */ { file, ...rest }) => rest;
  const units = Object.fromEntries(
    Object.entries(unitsRaw).map(([id, u]) => [
      id,
      { label_zh: u.label_zh, label_en: u.label_en, ...(u.label_en_one ? { label_en_one: u.label_en_one } : {}), ...(u.written_en ? { written_en: u.written_en } : {}) },
    ]),
  );
  const dataset = {
    sources: sources.map(({ id, file, title_zh, title_en, publisher, publisher_en, date, reports_on, sha256 }) => ({
      id, file, title_zh, title_en, publisher, publisher_en, date, reports_on, sha256,
    })),
    entities: entities.map(strip),
    programs: programs.map(strip),
    units,
    metrics: metrics.map(strip).sort((a, b) => a.program.localeCompare(b.program) || a.id.localeCompare(b.id)),
    facts,
  };
  return {
    errors,
    warnings,
    dataset,
    csv: toCsv(dataset),
    coverage: coverageReport(dataset),
  };
}

/**
 * Finds each fragment in the seed, choosing occurrences that lie closest
 * together (a fragment may occur more than once).
 * @param {string} text
 * @param {string[]} fragments
 */
function locateFragments(text, fragments) {
  const occurrences = fragments.map((f) => allIndexesOf(text, String(f)));
  const missing = fragments.filter((_, i) => occurrences[i].length === 0);
  if (missing.length) return { missing, span: 0 };
  let best = Infinity;
  for (const anchor of occurrences[0]) {
    let lo = anchor;
    let hi = anchor + fragments[0].length;
    for (let i = 1; i < fragments.length; i++) {
      const nearest = occurrences[i].reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a));
      lo = Math.min(lo, nearest);
      hi = Math.max(hi, nearest + fragments[i].length);
    }
    best = Math.min(best, hi - lo);
  }
  return { missing, span: best };
}

/** @param {string} text @param {string} needle */
function allIndexesOf(text, needle) {
  const found = [];
  for (let i = text.indexOf(needle); i >= 0 && needle; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Numbers written in digits in a reader's text: "143", "8.1", "2,476", "14+7+7" gives 14, 7, 7. @param {string | undefined} text */
function numbersIn(text) {
  return text ? (text.match(/\d+(?:[.,]\d+)*/g) ?? []) : [];
}

/** "2,476" and "2476" are one number. @param {string} text */
function withoutCommas(text) {
  return text.replace(/,/g, '');
}

/** @param {string} text */
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * @template {{id: string, file: string}} T
 * @param {T[]} items @param {string} kind @param {string[]} errors
 */
function checkUnique(items, kind, errors) {
  /** @type {Map<string, T>} */
  const seen = new Map();
  for (const item of items) {
    const first = seen.get(item.id);
    if (first) {
      errors.push(`${relative(process.cwd(), item.file)}:${lineOf(item.file, item.id)}: ${kind} ${item.id}: duplicate id (first defined in ${relative(process.cwd(), first.file)})`);
    } else {
      seen.set(item.id, item);
    }
  }
  return [...seen.values()];
}

/** @param {string} file @param {string[]} errors */
function readJson(file, errors) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push(`${relative(process.cwd(), file)}:1: cannot read: ${/** @type {Error} */ (error).message}`);
    return [];
  }
}

/** @param {string} dir @param {string} ext */
function listFiles(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** The line on which `"id": "<id>"` stands in a JSON file (1 if not found). */
function lineOf(/** @type {string} */ file, /** @type {string} */ id) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const pattern = new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`);
  const index = lines.findIndex((l) => pattern.test(l));
  return index + 1 || 1;
}
