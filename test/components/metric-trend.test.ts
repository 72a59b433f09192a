import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/metric-trend/metric-trend.js';
import type { MetricTrend } from '../../src/components/metric-trend/metric-trend.component.js';
import { captureWarnings, expectAccessible, expectBadInput, expectNotesShown, expectSourcesNamed, mountElement } from '../helpers/fixture.js';
import { closeTo, data, notReportedCase, parseDisplayed } from '../helpers/data.js';

const shadow = (el: Element) => el.shadowRoot!;

const trend = (attrs: Record<string, string>) => mountElement<MetricTrend>('metric-trend', attrs, 600);

/** Groups of facts for one place and metric, by how many period/status points they make. */
const series = (() => {
  const groups = new Map<string, typeof data.facts>();
  for (const f of data.facts) groups.set(`${f.entity}|${f.metric}`, [...(groups.get(`${f.entity}|${f.metric}`) ?? []), f]);
  return [...groups.values()].map((facts) => ({ facts, points: new Set(facts.map((f) => `${f.period}|${f.status}`)).size }));
})();
const several = series.find((s) => s.points >= 2 && s.facts.every((f) => !f.subject))!.facts;
// Results and a target or plan about one subject (the whole place, or one project).
const mixed = series.find((s) => s.facts.some((f) => f.status === 'actual') && s.facts.some((f) => f.status !== 'actual') && new Set(s.facts.map((f) => f.subject)).size === 1)!.facts;
const single = series.find((s) => s.points === 1 && s.facts.length === 1)!.facts[0];

suite('<metric-trend>', () => {
  test('one focusable point per period, each with its dataset value, in period order', async () => {
    const el = await trend({ city: several[0].entity, metric: several[0].metric, lang: 'en' });
    const labels = [...shadow(el).querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!);
    expect(labels).to.have.length(new Set(several.map((f) => `${f.period}|${f.status}`)).size);
    for (const f of several) expect(labels.some((l) => l.includes(f.period.replace('-', '–')) && closeTo(parseDisplayed(l.split(': ')[1]), f.value))).to.equal(true);
    const points = [...shadow(el).querySelectorAll<SVGElement>('.point')];
    points[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(points[1]);
  });

  test('no value label sits on the line (except in a valley, where the line climbs on both sides) or runs past the chart, at 320 and 640 px', async () => {
    const cases = series.filter((s) => s.points >= 2 && s.facts.every((f) => !f.subject));
    expect(cases.length).to.be.greaterThan(1);
    for (const width of [320, 640]) {
      for (const { facts } of cases) {
        const el = await mountElement<MetricTrend>('metric-trend', { city: facts[0].entity, metric: facts[0].metric, lang: 'en' }, width);
        const chart = shadow(el).querySelector<SVGSVGElement>('svg[part="chart"]')!;
        const centres = [...chart.querySelectorAll('.point circle')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
        [...chart.querySelectorAll<SVGTextElement>('.point text.halo')].forEach((label, i) => {
          const box = label.getBBox();
          const where = `${facts[0].entity} ${facts[0].metric} ${width}px "${label.textContent}"`;
          expect(box.x, where).to.be.at.least(-0.5);
          expect(box.x + box.width, where).to.be.at.most(chart.viewBox.baseVal.width + 0.5);
          const [, cy] = centres[i];
          if (centres[i - 1]?.[1] < cy && centres[i + 1]?.[1] < cy) return;
          // The segments between neighbouring points, sampled.
          for (let j = 0; j + 1 < centres.length; j++) {
            for (let t = 0; t <= 1; t += 1 / 50) {
              const px = centres[j][0] + t * (centres[j + 1][0] - centres[j][0]);
              const py = centres[j][1] + t * (centres[j + 1][1] - centres[j][1]);
              const inside = px > box.x + 1 && px < box.x + box.width - 1 && py > box.y + 1 && py < box.y + box.height - 1;
              expect(inside, `${where}: the line runs through it`).to.equal(false);
            }
          }
        });
      }
    }
  });

  test('targets and plans are hollow, dashed and labelled; the summary says they are not results', async () => {
    const el = await trend({ city: mixed[0].entity, metric: mixed[0].metric, lang: 'en' });
    const planned = mixed.find((f) => f.status !== 'actual')!;
    const point = [...shadow(el).querySelectorAll('.point')].find((p) => p.getAttribute('aria-label')!.includes(planned.status === 'target' ? 'Target' : 'Plan'))!;
    expect(point.querySelector('circle')!.getAttribute('stroke-dasharray')).to.not.equal(null);
    expect(point.textContent).to.contain(planned.status === 'target' ? 'Target' : 'Plan');
    const summary = shadow(el).querySelector('.summary')!.textContent!;
    expect(summary).to.contain('not a result');
    // The indicator is named once, not again in every sentence.
    const label = data.metrics.find((m) => m.id === mixed[0].metric)!.label_en;
    expect(summary.split(label).length - 1, summary).to.equal(1);
  });

  test('names every document its points come from, when they are more than the latest one\'s, in its language', async () => {
    const fromSeveral = series.find((s) => s.points >= 2 && s.facts.every((f) => !f.subject) && new Set(s.facts.map((f) => f.source)).size > 1)!.facts;
    expect(fromSeveral, 'a series from several documents').to.not.equal(undefined);
    for (const lang of ['en', 'zh-CN'] as const) {
      const el = await trend({ city: fromSeveral[0].entity, metric: fromSeveral[0].metric, lang });
      expectSourcesNamed(el, fromSeveral, [fromSeveral[0].metric], lang);
    }
    const fromOne = series.find((s) => s.points >= 2 && s.facts.every((f) => !f.subject) && new Set(s.facts.map((f) => f.source)).size === 1)!.facts;
    const el = await trend({ city: fromOne[0].entity, metric: fromOne[0].metric, lang: 'en' });
    expect(shadow(el).querySelector('[part="sources"]'), 'one document: its source note says it').to.equal(null);
  });

  test('shows the curators\' note on each figure it draws', async () => {
    // Places whose figures each stand alone in their period and status (so each is drawn).
    const cases = series.filter((s) => s.facts.some((f) => f.note) && s.points === s.facts.length).slice(0, 5);
    expect(cases.length).to.be.greaterThan(0);
    for (const { facts } of cases) {
      for (const lang of ['en', 'zh-CN']) {
        const el = await trend({ city: facts[0].entity, metric: facts[0].metric, lang });
        const place = data.entities.find((e) => e.id === facts[0].entity)!;
        expectNotesShown(el, facts, () => (lang === 'en' ? place.name_en : place.name_zh));
      }
    }
  });

  test('never joins figures about different subjects (two hospitals) into one trend', async () => {
    const mixedSubjects = series.filter((s) => new Set(s.facts.map((f) => f.subject ?? '')).size > 1);
    expect(mixedSubjects.length, 'places with figures about several subjects').to.be.greaterThan(0);
    for (const { facts } of mixedSubjects) {
      const el = await trend({ city: facts[0].entity, metric: facts[0].metric, lang: 'en' });
      const labels = [...shadow(el).querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!.split(': ')[1]);
      const shown = labels.length ? labels : [shadow(el).querySelector('.single .number')!.textContent!];
      const values = shown.map(parseDisplayed);
      const subjects = [...new Set(facts.map((f) => f.subject ?? ''))];
      const oneSubject = subjects.find((subject) => values.every((v) => facts.some((f) => (f.subject ?? '') === subject && closeTo(v, f.value))));
      expect(oneSubject, `${facts[0].entity} ${facts[0].metric}: ${shown.join(' | ')}`).to.not.equal(undefined);
      const named = facts.find((f) => (f.subject ?? '') === oneSubject && f.subject);
      if (named) expect(shadow(el).querySelector('.subject')!.textContent).to.contain(named.subject_en ?? named.subject);
    }
  });

  test('with one period it says so and shows the single value, with no empty axis', async () => {
    const el = await trend({ city: single.entity, metric: single.metric, lang: 'en' });
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain('only one period');
    expect(closeTo(parseDisplayed(shadow(el).querySelector('.single .number')!.textContent!), single.value)).to.equal(true);
  });

  test('a place that did not report the metric shows "not reported" and who did', async () => {
    const c = notReportedCase();
    const el = await trend({ city: c.city, metric: c.metric, lang: 'en' });
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain('did not report');
    expect(shadow(el).querySelectorAll('.reporters li')).to.have.length(c.reporters.length);
  });

  test('the subject attribute draws any named project\'s figures, by its English or Chinese name', async () => {
    const named = series.flatMap((s) => [...new Set(s.facts.filter((f) => f.subject).map((f) => f.subject!))].map((subject) => s.facts.filter((f) => f.subject === subject)));
    expect(named.length).to.be.greaterThan(1);
    for (const [i, facts] of named.entries()) {
      const el = await trend({ city: facts[0].entity, metric: facts[0].metric, subject: i % 2 ? facts[0].subject! : facts[0].subject_en!, lang: 'en' });
      expect(shadow(el).querySelector('.subject')!.textContent).to.equal(facts[0].subject_en);
      const labels = [...shadow(el).querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!.split(': ')[1]);
      const shown = (labels.length ? labels : [shadow(el).querySelector('.single .number')!.textContent!]).map(parseDisplayed);
      for (const value of shown) expect(facts.some((f) => closeTo(value, f.value)), `${facts[0].subject_en}: ${value}`).to.equal(true);
    }
  });

  test('a subject the place did not report: alert naming the ones it did, one warning, recovery', async () => {
    const named = series.find((s) => s.facts.some((f) => f.subject))!.facts;
    const el = await expectBadInput(() => trend({ city: named[0].entity, metric: named[0].metric, subject: 'Atlantis Hospital', lang: 'en' }), /about "Atlantis Hospital"/);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(named.find((f) => f.subject)!.subject_en);
    el.removeAttribute('subject');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  test('bad input: alert, one warning, recovery', async () => {
    let el!: MetricTrend;
    const warnings = await captureWarnings(async () => {
      el = await trend({ city: 'atlantis', metric: several[0].metric, lang: 'en' });
    });
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('no place called "atlantis"');
    expect(warnings).to.have.length(1);
    el.city = several[0].entity;
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  for (const lang of ['en', 'zh-CN']) {
    for (const theme of ['light', 'dark']) {
      test(`axe finds no violation (${lang}, ${theme})`, async () => {
        for (const f of [several[0], mixed[0], single]) {
          const el = await trend({ city: f.entity, metric: f.metric, lang, theme });
          await expectAccessible(el);
        }
      });
    }
  }
});
