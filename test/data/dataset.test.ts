import { expect } from '@open-wc/testing';
import {
  dataset,
  entitiesAt,
  entitiesReporting,
  factsFor,
  factsOfMetric,
  findEntity,
  getEntity,
  getMetric,
  metricsOf,
  periodsOf,
  provincialTarget,
} from '../../src/data/dataset.js';

// Expectations are computed from dataset.facts directly, so they hold for any
// curated content and fail when a lookup drops, duplicates or misorders facts.
const metricReportedMost = (() => {
  const counts = new Map<string, Set<string>>();
  for (const f of dataset.facts) counts.set(f.metric, (counts.get(f.metric) ?? new Set()).add(f.entity));
  return [...counts.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0][0];
})();

suite('dataset lookups', () => {
  test('getEntity and getMetric return the records with those ids', () => {
    for (const e of dataset.entities) expect(getEntity(e.id)).to.equal(e);
    for (const m of dataset.metrics) expect(getMetric(m.id)).to.equal(m);
    expect(getEntity('atlantis')).to.equal(undefined);
  });

  test('findEntity accepts ids and Chinese or English names, with or without suffixes', () => {
    const kaifeng = getEntity('kaifeng')!;
    for (const q of ['kaifeng', '开封市', '开封', 'Kaifeng', ' KAIFENG ']) expect(findEntity(q), q).to.equal(kaifeng);
    const jiaxian = getEntity('jiaxian')!;
    for (const q of ['郏县', jiaxian.name_en]) expect(findEntity(q), q).to.equal(jiaxian);
    expect(findEntity('Atlantis')).to.equal(undefined);
  });

  test('factsFor returns every fact of an entity and metric, oldest period first', () => {
    for (const fact of dataset.facts) {
      const found = factsFor(fact.entity, fact.metric);
      expect(found).to.include(fact);
      const expected = dataset.facts.filter((f) => f.entity === fact.entity && f.metric === fact.metric);
      expect(found.length).to.equal(expected.length);
      const periods = found.map((f) => f.period);
      expect(periods).to.deep.equal([...periods].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    }
  });

  test('factsOfMetric filters by status, period and level', () => {
    const all = factsOfMetric(metricReportedMost);
    expect(all.length).to.equal(dataset.facts.filter((f) => f.metric === metricReportedMost).length);
    for (const f of factsOfMetric(metricReportedMost, { status: 'actual' })) expect(f.status).to.equal('actual');
    for (const f of factsOfMetric(metricReportedMost, { level: 'prefecture' })) expect(getEntity(f.entity)!.level).to.equal('prefecture');
    const period = all[0].period;
    for (const f of factsOfMetric(metricReportedMost, { period })) expect(f.period).to.equal(period);
  });

  test('entitiesReporting lists each reporting entity once', () => {
    const expected = new Set(dataset.facts.filter((f) => f.metric === metricReportedMost).map((f) => f.entity));
    const reporting = entitiesReporting(metricReportedMost);
    expect(reporting.map((e) => e.id).sort()).to.deep.equal([...expected].sort());
    expect(entitiesReporting('no-such-metric')).to.deep.equal([]);
  });

  test('entitiesAt("prefecture") lists the 17 cities and Jiyuan', () => {
    const prefectures = entitiesAt('prefecture');
    expect(prefectures).to.have.length(18);
    expect(prefectures.map((e) => e.id)).to.include('jiyuan');
  });

  test('periodsOf lists distinct periods, oldest first', () => {
    for (const m of dataset.metrics) {
      const periods = periodsOf(m.id);
      expect(new Set(periods).size).to.equal(periods.length);
      expect(periods.sort()).to.deep.equal([...new Set(dataset.facts.filter((f) => f.metric === m.id).map((f) => f.period))].sort());
    }
  });

  test('metricsOf lists the metrics of a programme', () => {
    for (const p of dataset.programs) {
      expect(metricsOf(p.id).map((m) => m.id)).to.deep.equal(dataset.metrics.filter((m) => m.program === p.id).map((m) => m.id));
    }
  });

  test('provincialTarget returns the province\'s target facts only', () => {
    for (const m of dataset.metrics) {
      const target = provincialTarget(m.id);
      const expected = dataset.facts.filter((f) => f.metric === m.id && f.entity === 'henan' && f.status === 'target');
      if (expected.length === 0) expect(target).to.equal(undefined);
      else expect(expected).to.include(target);
    }
  });
});
