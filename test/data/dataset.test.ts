import { expect } from '@open-wc/testing';
import {
  allMetricIds,
  entitiesAt,
  entitiesReporting,
  entityIdsReporting,
  factsFor,
  factsOfEntity,
  factsOfMetric,
  findEntity,
  getEntity,
  getMetric,
  isProgramLoaded,
  loadProgram,
  metricIdsOf,
  metricsOf,
  periodsOf,
  programOfMetric,
  programsOfEntity,
  provincialTarget,
} from '../../src/data/dataset.js';
import { data } from '../helpers/data.js';

// Expectations are computed from data/dataset.json directly, so they hold for
// any curated content and fail when a lookup drops, duplicates or misorders facts.
const metricReportedMost = (() => {
  const counts = new Map<string, Set<string>>();
  for (const f of data.facts) counts.set(f.metric, (counts.get(f.metric) ?? new Set()).add(f.entity));
  return [...counts.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0][0];
})();
const programOf = (metricId: string) => data.metrics.find((m) => m.id === metricId)!.program;
const sameFact = (a: { entity: string; metric: string; period: string; status: string; source: string; value: number; subject?: string }) => (b: typeof a) =>
  a.entity === b.entity && a.metric === b.metric && a.period === b.period && a.status === b.status && a.source === b.source && a.value === b.value && a.subject === b.subject;

suite('dataset: the index, before any programme is loaded', () => {
  test('places, programmes and sources are there; a programme\'s facts are not', () => {
    expect(entitiesAt('prefecture')).to.have.length(18);
    expect(findEntity('开封市')?.id).to.equal('kaifeng');
    const program = programOf(metricReportedMost);
    expect(isProgramLoaded(program)).to.equal(false);
    expect(factsOfMetric(metricReportedMost)).to.deep.equal([]);
    expect(getMetric(metricReportedMost)).to.equal(undefined);
  });

  test('the index names every metric\'s programme and every place\'s metrics', () => {
    expect(allMetricIds().sort()).to.deep.equal(data.metrics.map((m) => m.id).sort());
    for (const m of data.metrics) expect(programOfMetric(m.id)).to.equal(m.program);
    for (const e of data.entities) {
      const expected = [...new Set(data.facts.filter((f) => f.entity === e.id).map((f) => f.metric))].sort();
      expect(metricIdsOf(e.id)).to.deep.equal(expected);
      expect(programsOfEntity(e.id)).to.deep.equal([...new Set(expected.map(programOf))].sort());
    }
    const reporters = [...new Set(data.facts.filter((f) => f.metric === metricReportedMost).map((f) => f.entity))].sort();
    expect(entityIdsReporting(metricReportedMost).sort()).to.deep.equal(reporters);
  });

  test('loadProgram loads a programme once and its facts become visible', async () => {
    const program = programOf(metricReportedMost);
    const first = loadProgram(program);
    expect(loadProgram(program)).to.equal(first);
    await first;
    expect(isProgramLoaded(program)).to.equal(true);
    expect(factsOfMetric(metricReportedMost).length).to.equal(data.facts.filter((f) => f.metric === metricReportedMost).length);
  });

  test('loading an unknown programme rejects', async () => {
    let failed = false;
    await loadProgram('no-such-programme').catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});

suite('dataset lookups, every programme loaded', () => {
  suiteSetup(async () => {
    await Promise.all(data.programs.filter((p) => data.metrics.some((m) => m.program === p.id)).map((p) => loadProgram(p.id)));
  });

  test('every metric and fact of data/dataset.json comes back whole from the compact shards', () => {
    // The shards write ids once and refer to them by position; decoding must give back
    // each record as dataset.json has it, less the fields only reviewers need.
    for (const { definition, ...metric } of data.metrics) expect(getMetric(metric.id)).to.deep.equal(metric);
    const loaded = data.entities.flatMap((e) => factsOfEntity(e.id));
    expect(loaded).to.have.length(data.facts.length);
    for (const { id, value_text, quote_fragments, ...fact } of data.facts) {
      expect(loaded.filter((f) => JSON.stringify(Object.entries(f).sort()) === JSON.stringify(Object.entries(fact).sort())), id).to.have.length(1);
    }
  });

  test('getEntity and getMetric return the records with those ids', () => {
    for (const e of data.entities) expect(getEntity(e.id)?.name_en).to.equal(e.name_en);
    for (const m of data.metrics) expect(getMetric(m.id)?.label_en).to.equal(m.label_en);
    expect(getEntity('atlantis')).to.equal(undefined);
  });

  test('findEntity accepts ids and Chinese or English names, with or without suffixes', () => {
    for (const q of ['kaifeng', '开封市', '开封', 'Kaifeng', ' KAIFENG ']) expect(findEntity(q)?.id, q).to.equal('kaifeng');
    const jiaxian = data.entities.find((e) => e.id === 'jiaxian')!;
    for (const q of ['郏县', jiaxian.name_en]) expect(findEntity(q)?.id, q).to.equal('jiaxian');
    expect(findEntity('Atlantis')).to.equal(undefined);
  });

  test('factsFor returns every fact of an entity and metric, oldest period first', () => {
    for (const fact of data.facts) {
      const found = factsFor(fact.entity, fact.metric);
      expect(found.some(sameFact(fact)), fact.id).to.equal(true);
      expect(found.length).to.equal(data.facts.filter((f) => f.entity === fact.entity && f.metric === fact.metric).length);
      const periods = found.map((f) => f.period);
      expect(periods).to.deep.equal([...periods].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    }
  });

  test('factsOfMetric filters by status, period and level', () => {
    const all = factsOfMetric(metricReportedMost);
    expect(all.length).to.equal(data.facts.filter((f) => f.metric === metricReportedMost).length);
    for (const f of factsOfMetric(metricReportedMost, { status: 'actual' })) expect(f.status).to.equal('actual');
    for (const f of factsOfMetric(metricReportedMost, { level: 'prefecture' })) expect(getEntity(f.entity)!.level).to.equal('prefecture');
    const period = all[0].period;
    for (const f of factsOfMetric(metricReportedMost, { period })) expect(f.period).to.equal(period);
  });

  test('entitiesReporting lists each reporting entity once', () => {
    const expected = new Set(data.facts.filter((f) => f.metric === metricReportedMost).map((f) => f.entity));
    expect(entitiesReporting(metricReportedMost).map((e) => e.id).sort()).to.deep.equal([...expected].sort());
    expect(entitiesReporting('no-such-metric')).to.deep.equal([]);
  });

  test('periodsOf lists distinct periods, oldest first', () => {
    for (const m of data.metrics) {
      const periods = periodsOf(m.id);
      expect(new Set(periods).size).to.equal(periods.length);
      expect([...periods].sort()).to.deep.equal([...new Set(data.facts.filter((f) => f.metric === m.id).map((f) => f.period))].sort());
    }
  });

  test('metricsOf lists the metrics of a programme', () => {
    for (const p of data.programs) {
      expect(metricsOf(p.id).map((m) => m.id)).to.deep.equal(data.metrics.filter((m) => m.program === p.id).map((m) => m.id));
    }
  });

  test('provincialTarget returns the province\'s target facts only', () => {
    for (const m of data.metrics) {
      const target = provincialTarget(m.id);
      const expected = data.facts.filter((f) => f.metric === m.id && f.entity === 'henan' && f.status === 'target');
      if (expected.length === 0) expect(target).to.equal(undefined);
      else expect(expected.some(sameFact(target!))).to.equal(true);
    }
  });
});
