import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/city-ranking/city-ranking.js';
import '../../src/components/city-metric-card/city-metric-card.js';
import '../../src/components/henan-map/henan-map.js';
import type { CityRanking } from '../../src/components/city-ranking/city-ranking.component.js';
import { html } from 'lit';
import { atTextSize, boxesOverlap, expectAccessible, expectBadInput, expectNotesShown, expectSourcesNamed, mount, mountElement } from '../helpers/fixture.js';
import { closeTo, data, parseDisplayed } from '../helpers/data.js';

const shadow = (el: Element) => el.shadowRoot!;
const entity = (id: string) => data.entities.find((e) => e.id === id)!;

const ranking = (attrs: Record<string, string>) => mountElement<CityRanking>('city-ranking', attrs, 640);

/** The metric and period most prefectures reported (results), with those facts. */
function mostComparable(level = 'prefecture') {
  const groups = new Map<string, typeof data.facts>();
  for (const f of data.facts) {
    if (f.status !== 'actual' || f.subject || entity(f.entity).level !== level) continue;
    const key = `${f.metric}|${f.period}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const [key, facts] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0];
  const [metric, period] = key.split('|');
  return { metric, period, facts };
}

/** A metric whose places (at some level, in one period) include two with equal values. */
function tiedCase() {
  const groups = new Map<string, typeof data.facts>();
  for (const f of data.facts) {
    if (f.status !== 'actual' || f.subject) continue;
    const key = `${f.metric}|${f.period}|${entity(f.entity).level}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, facts] of groups) {
    const values = facts.map((f) => f.value);
    if (new Set(values).size < values.length && facts.length >= 3) {
      const [metric, period, level] = key.split('|');
      return { metric, period, level, facts };
    }
  }
  throw new Error('no ties in the dataset');
}

const main = mostComparable();

suite('<city-ranking>', () => {
  test('draws every reporting place once, in order of value, labelled with its value', async () => {
    const el = await ranking({ metric: main.metric, level: 'prefecture', lang: 'en' });
    const higherIsBetter = data.metrics.find((m) => m.id === main.metric)!.higher_is_better;
    const expected = [...main.facts].sort((a, b) => (higherIsBetter === false ? a.value - b.value : b.value - a.value));
    const labels = [...shadow(el).querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!);
    expect(labels).to.have.length(expected.length);
    labels.forEach((label, i) => {
      expect(label.startsWith(entity(expected[i].entity).name_en), label).to.equal(true);
      expect(closeTo(parseDisplayed(label.split(': ')[1]), expected[i].value), label).to.equal(true);
    });
  });

  test('a figure that covers only part of a place is named with that part, in the bar, its accessible name and the table', async () => {
    // Ranked figures about one named part of a place (a hospital, a group of hospitals): no place has another for the same period.
    const partial = data.facts.filter(
      (f) => f.subject && f.status === 'actual' && !data.facts.some((g) => g !== f && g.entity === f.entity && g.metric === f.metric && g.period === f.period) &&
        data.facts.some((g) => g.metric === f.metric && g.period === f.period && g.entity !== f.entity && entity(g.entity).level === entity(f.entity).level),
    );
    expect(partial.length, 'ranked figures with a subject').to.be.greaterThan(0);
    for (const fact of partial) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const el = await ranking({ metric: fact.metric, period: fact.period, level: entity(fact.entity).level, lang });
        const [name, part] = lang === 'en' ? [entity(fact.entity).name_en, fact.subject_en!] : [entity(fact.entity).name_zh, fact.subject!];
        const point = shadow(el).querySelector(`.point[data-key="${fact.entity}"]`)!;
        for (const text of [point.querySelector('.label')!.textContent!, point.getAttribute('aria-label')!]) {
          expect(text.replace(/\s+/g, ' '), `${fact.id} (${lang})`).to.contain(name).and.to.contain(part);
        }
        shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await el.updateComplete;
        const row = [...shadow(el).querySelectorAll('tbody th')].find((th) => th.textContent!.startsWith(name))!;
        expect(row.textContent, `${fact.id} table (${lang})`).to.contain(part);
      }
    }
  });

  test('states the provincial target in words, with how many places reached it', async () => {
    // A metric with a provincial target for a period in which prefectures report results.
    const targets = data.facts.filter((f) => f.entity === 'henan' && f.status === 'target');
    const pick = targets
      .map((target) => ({ target, facts: data.facts.filter((f) => f.metric === target.metric && f.period === target.period && f.status === 'actual' && !f.subject && entity(f.entity).level === 'prefecture') }))
      .find((c) => c.facts.length > 0 && data.metrics.find((m) => m.id === c.target.metric)!.higher_is_better !== null)!;
    expect(pick, 'a ranking with a target').to.not.equal(undefined);
    const higher = data.metrics.find((m) => m.id === pick.target.metric)!.higher_is_better;
    const reached = pick.facts.filter((f) => (higher ? f.value >= pick.target.value : f.value <= pick.target.value)).length;
    const el = await ranking({ metric: pick.target.metric, period: pick.target.period, lang: 'en' });
    const summary = shadow(el).querySelector('.summary')!.textContent!;
    const sentence = summary.slice(summary.indexOf('The provincial target is'));
    expect(closeTo(parseDisplayed(sentence), pick.target.value), sentence).to.equal(true);
    expect(sentence).to.contain(
      pick.facts.length === 1 ? `; the one place that reported ${reached ? 'reached' : 'did not reach'} it.` : `; ${reached} of the ${pick.facts.length} cities reached it.`,
    );
    // The data table holds every value drawn: the places, then the target line's value, unranked, as a target.
    shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
    expect(rows.length).to.equal(pick.facts.length + 1);
    const [place, rank, value, , status] = rows.at(-1)!;
    expect(place).to.equal(entity(pick.target.entity).name_en);
    expect(rank).to.equal('');
    expect(closeTo(parseDisplayed(value), pick.target.value), value).to.equal(true);
    expect(status).to.equal('Target');
  });

  test('shows the curators\' note on every figure it ranks', async () => {
    const level = (f: (typeof data.facts)[number]) => entity(f.entity).level;
    const noted = data.facts.find((f) => f.note && f.status === 'actual' && !f.subject && level(f) !== 'province' && data.facts.filter((g) => g.metric === f.metric && g.period === f.period && g.status === 'actual' && level(g) === level(f)).length > 1)!;
    const drawn = data.facts.filter((g) => g.metric === noted.metric && g.period === noted.period && g.status === 'actual' && !g.subject && level(g) === level(noted));
    // A place with two figures for the same period shows one of them: check the others.
    const single = drawn.filter((f) => drawn.filter((g) => g.entity === f.entity).length === 1);
    for (const lang of ['en', 'zh-CN']) {
      const el = await ranking({ metric: noted.metric, period: noted.period, level: level(noted), lang });
      expectNotesShown(el, single, (id) => (lang === 'en' ? entity(id).name_en : entity(id).name_zh));
      expect(shadow(el).querySelectorAll('.footnotes li').length).to.be.greaterThan(0);
    }
  });

  test('a note several places share is shown once, naming them all', async () => {
    const level = (f: (typeof data.facts)[number]) => entity(f.entity).level;
    const results = data.facts.filter((f) => f.status === 'actual' && !f.subject && level(f) !== 'province');
    const shared = results.find((f) => f.note && results.some((g) => g !== f && g.entity !== f.entity && g.metric === f.metric && g.period === f.period && level(g) === level(f) && g.note === f.note))!;
    expect(shared, 'two places with the same note').to.not.equal(undefined);
    const sharing = results.filter((g) => g.metric === shared.metric && g.period === shared.period && level(g) === level(shared) && g.note === shared.note);
    const el = await ranking({ metric: shared.metric, period: shared.period, level: level(shared), lang: 'en' });
    expectNotesShown(el, sharing, (id) => entity(id).name_en);
  });

  test('says how many of the 18 cities reported and names the ones that did not', async () => {
    const el = await ranking({ metric: main.metric, lang: 'en' });
    const reporters = new Set(main.facts.map((f) => f.entity));
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain(`${reporters.size} of 18 cities reported`);
    const missing = shadow(el).querySelector('.missing')!.textContent!;
    // For the period shown: a place may have a figure for another one.
    expect(missing).to.match(new RegExp(`^Not reported for ${main.period.replace('-', '–')}: `));
    for (const e of data.entities.filter((x) => x.level === 'prefecture')) {
      expect(missing.includes(e.name_en), e.id).to.equal(!reporters.has(e.id));
    }
  });

  test('names the source document of every figure it ranks, in its language', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const el = await ranking({ metric: main.metric, period: main.period, lang });
      expectSourcesNamed(el, main.facts, [main.metric], lang);
    }
  });

  test("the provincial target's label stays inside the chart and clear of every other label, at the reader's larger text too", async () => {
    const targets = data.facts.filter((f) => f.entity === 'henan' && f.status === 'target');
    expect(targets.length, 'provincial targets in the dataset').to.be.greaterThan(0);
    for (const target of targets) {
      for (const [size, width, lang] of [[16, 320, 'en'], [24, 480, 'zh-CN'], [32, 320, 'en'], [32, 320, 'zh-CN'], [32, 640, 'en']] as const) {
        const el = await atTextSize(size, () => mountElement<CityRanking>('city-ranking', { metric: target.metric, period: target.period, lang }, width));
        const where = `${target.metric} at ${size}px, ${width}px, ${lang}`;
        const svg = shadow(el).querySelector('svg[part="chart"]')!.getBoundingClientRect();
        const label = shadow(el).querySelector('.reference text');
        expect(label, `${where}: the target's label`).to.not.equal(null);
        const texts = [...shadow(el).querySelectorAll('svg text')].map((node) => [node.textContent, node.getBoundingClientRect()] as const);
        for (const [i, [a, box]] of texts.entries()) {
          expect(box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5, `${where}: "${a}" inside the chart`).to.equal(true);
          for (const [b, other] of texts.slice(i + 1)) expect(boxesOverlap(box, other), `${where}: "${a}" and "${b}" overlap`).to.equal(false);
        }
      }
    }
  });

  test('every name and value stays inside the chart in a wide font (DejaVu Sans, as system-ui here), each place highlighted (bold) in turn', async function () {
    this.timeout(120000);
    // Widths are measured in the host's font: a fixed estimate had let a bold "Zhengzhou" in a wide font run 3–5 px past the edge.
    document.body.style.fontFamily = '"DejaVu Sans", sans-serif';
    try {
      const groups = new Map<string, typeof data.facts>();
      for (const f of data.facts) {
        if (f.status !== 'actual' || entity(f.entity).level !== 'prefecture') continue;
        groups.set(`${f.metric}|${f.period}`, [...(groups.get(`${f.metric}|${f.period}`) ?? []), f]);
      }
      for (const facts of [...groups.values()].filter((g) => g.length >= 2)) {
        for (const fact of facts) {
          const el = await mountElement<CityRanking>('city-ranking', { metric: fact.metric, period: fact.period, level: 'prefecture', highlight: fact.entity, lang: 'en' }, 780);
          const svg = shadow(el).querySelector('svg[part="chart"]')!.getBoundingClientRect();
          for (const text of shadow(el).querySelectorAll('svg text')) {
            const box = text.getBoundingClientRect();
            expect(box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5, `${fact.id}: "${text.textContent}" inside`).to.equal(true);
          }
        }
      }
    } finally {
      document.body.style.fontFamily = '';
    }
  });

  test('a highlighted place that reported the indicator for another period is "not reported for" this one, not "in the source documents"', async () => {
    const actual = data.facts.filter((f) => f.status === 'actual' && entity(f.entity).level === 'prefecture');
    const found = actual.flatMap((f) => {
      const others = actual.filter((g) => g.metric === f.metric && g.period !== f.period && g.entity !== f.entity);
      const period = others.find((g) => !actual.some((h) => h.metric === f.metric && h.period === g.period && h.entity === f.entity))?.period;
      return period ? [{ place: f.entity, metric: f.metric, period }] : [];
    })[0];
    expect(found, 'a place that reported an indicator in one period and not in another').to.not.equal(undefined);
    for (const lang of ['en', 'zh-CN'] as const) {
      const el = await ranking({ metric: found.metric, period: found.period, level: 'prefecture', highlight: found.place, lang });
      const summary = shadow(el).querySelector('.summary')!.textContent!;
      const name = lang === 'en' ? entity(found.place).name_en : entity(found.place).name_zh;
      if (lang === 'en') expect(summary).to.contain(`${name} did not report`).and.to.contain(`for ${found.period.replace('-', '–')}.`).and.not.contain('in the source documents');
      else expect(summary).to.contain(`来源文件中没有${name}${found.period.split('-')[0]}`);
    }
  });

  test('focus on a point survives a change of metric to a shorter ranking: it moves to a point of the new chart, not to the page', async () => {
    const few = data.facts.find((f) => f.status === 'actual' && entity(f.entity).level === 'prefecture' && f.metric !== main.metric &&
      new Set(data.facts.filter((g) => g.metric === f.metric && g.period === f.period && g.status === 'actual' && entity(g.entity).level === 'prefecture').map((g) => g.entity)).size === 2)!;
    const el = await ranking({ metric: main.metric, period: main.period, level: 'prefecture', lang: 'en' });
    shadow(el).querySelector<SVGElement>('.point[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    expect(shadow(el).querySelectorAll('.point').length).to.be.greaterThan(2);
    el.setAttribute('metric', few.metric);
    el.setAttribute('period', few.period);
    await el.updateComplete;
    const points = [...shadow(el).querySelectorAll('.point')];
    expect(points).to.have.length(2);
    expect(shadow(el).activeElement, 'a point of the new ranking is focused').to.equal(points[1]);
  });

  test('percentages are drawn on a scale to 100%, so a bar reads as a share of the whole in every chart', async () => {
    const percent = new Set(data.metrics.filter((m) => m.unit === 'percent').map((m) => m.id));
    const groups = new Map<string, typeof data.facts>();
    for (const f of data.facts) {
      if (!percent.has(f.metric) || f.status !== 'actual' || entity(f.entity).level !== 'prefecture') continue;
      groups.set(`${f.metric}|${f.period}`, [...(groups.get(`${f.metric}|${f.period}`) ?? []), f]);
    }
    let belowNinety = 0;
    // (Rates of completion against a task can pass 100%: their scale goes further.)
    for (const facts of [...groups.values()].filter((g) => g.length >= 2 && g.every((f) => f.value <= 100))) {
      const el = await mountElement<CityRanking>('city-ranking', { metric: facts[0].metric, period: facts[0].period, level: 'prefecture', lang: 'en' }, 320);
      const svg = shadow(el).querySelector<SVGSVGElement>('svg[part="chart"]')!;
      // At 320 px names stand above their bars with their values after them: the bars span the chart less 4 px.
      if (!svg.querySelector('.label .value') || shadow(el).querySelector('.reference')) continue;
      const full = svg.viewBox.baseVal.width - 4;
      for (const point of svg.querySelectorAll('.point')) {
        const fact = facts.find((f) => f.entity === point.getAttribute('data-key'))!;
        expect(Number(point.querySelector('rect')!.getAttribute('width')), fact.id).to.be.closeTo((fact.value / 100) * full, 1.5);
      }
      if (Math.max(...facts.map((f) => f.value)) < 90) belowNinety++;
    }
    expect(belowNinety, 'rankings whose highest value is under 90%').to.be.greaterThan(0);
  });

  test('a card, a ranking and a map of one metric on one page: their open data tables have names of their own', async () => {
    const page = await mount<HTMLDivElement>(html`<div style="width:700px">
      <city-metric-card city=${main.facts[0].entity} metric=${main.metric} lang="en"></city-metric-card>
      <city-ranking metric=${main.metric} lang="en"></city-ranking>
      <henan-map metric=${main.metric} lang="en"></henan-map>
    </div>`);
    const widgets = [...page.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const widget of widgets) {
      widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await widget.updateComplete;
    }
    // The region's name: the texts of the elements it is labelled by (the widget's title and the table's caption).
    const names = widgets.map((w) => {
      const region = w.shadowRoot!.querySelector('[role="region"]')!;
      return region.getAttribute('aria-labelledby')!.split(' ').map((id) => w.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
    });
    expect(new Set(names).size, names.join(' | ')).to.equal(3);
    for (const name of names) expect(name).to.contain(data.metrics.find((m) => m.id === main.metric)!.label_en);
    await expectAccessible(page);
  });

  test('ties share a rank and keep the dataset order', async () => {
    const tie = tiedCase();
    const el = await ranking({ metric: tie.metric, level: tie.level, period: tie.period, lang: 'en' });
    const labels = [...shadow(el).querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!);
    const rankOf = (label: string) => Number(/Rank (\d+) of/.exec(label)![1]);
    const valueOf = (label: string) => parseDisplayed(label.split(': ')[1]);
    for (let i = 1; i < labels.length; i++) {
      if (valueOf(labels[i]) === valueOf(labels[i - 1])) {
        expect(rankOf(labels[i])).to.equal(rankOf(labels[i - 1]));
        const order = (label: string) => tie.facts.findIndex((f) => label.startsWith(entity(f.entity).name_en));
        expect(order(labels[i])).to.be.greaterThan(order(labels[i - 1]));
      } else {
        expect(rankOf(labels[i])).to.equal(i + 1);
      }
    }
  });

  test('highlights one place, outlined and named in the summary', async () => {
    const chosen = main.facts[main.facts.length - 1].entity;
    const el = await ranking({ metric: main.metric, highlight: entity(chosen).name_zh, lang: 'en' });
    const highlighted = [...shadow(el).querySelectorAll('.point')].filter((p) => p.getAttribute('aria-label')!.includes('highlighted'));
    expect(highlighted).to.have.length(1);
    expect(highlighted[0].getAttribute('aria-label')).to.contain(entity(chosen).name_en);
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain(entity(chosen).name_en);
  });

  test('a highlighted first place is not placed twice in the summary (no better direction)', async () => {
    expect(data.metrics.find((m) => m.id === main.metric)!.higher_is_better, 'a metric with no better direction').to.equal(null);
    const first = [...main.facts].sort((a, b) => b.value - a.value)[0];
    const el = await ranking({ metric: main.metric, highlight: first.entity, lang: 'en' });
    const summary = shadow(el).querySelector('.summary')!.textContent!;
    expect(summary.split(entity(first.entity).name_en).length - 1, summary).to.equal(1);
  });

  test('keyboard: one tab stop, arrows walk every bar in order', async () => {
    const el = await ranking({ metric: main.metric, lang: 'en' });
    const points = [...shadow(el).querySelectorAll<SVGElement>('.point')];
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    points[0].focus();
    for (let i = 1; i < points.length; i++) {
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(points[i]);
    }
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(points[0]);
  });

  suite('bad input', () => {
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['an unknown metric', { metric: 'happiness' }, /no indicator "happiness"/],
      ['a missing metric', {}, /"metric" attribute is missing/],
      ['an unknown level', { metric: main.metric, level: 'village' }, /"village" is not a level/],
      ['an unknown highlight', { metric: main.metric, highlight: 'atlantis' }, /no place called "atlantis"/],
      ['a period the data lacks', { metric: main.metric, period: '1999' }, /no figures for .* in "1999"/],
      ['a level nobody reports at', { metric: main.metric, level: 'province' }, /no figures for .* from provinces/],
    ];
    for (const [name, attrs, message] of cases) {
      test(`${name}: alert with valid values, one warning, recovery`, async () => {
        const el = await expectBadInput(() => ranking({ ...attrs, lang: 'en' }), message);
        el.metric = main.metric;
        el.level = 'prefecture';
        el.period = main.period;
        el.highlight = undefined;
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
        expect(shadow(el).querySelectorAll('.point').length).to.equal(main.facts.length);
      });
    }
  });

  suite('accessibility', () => {
    for (const lang of ['en', 'zh-CN']) {
      for (const theme of ['light', 'dark']) {
        test(`axe finds no violation (${lang}, ${theme}, table open)`, async () => {
          const el = await ranking({ metric: main.metric, highlight: main.facts[0].entity, lang, theme });
          await expectAccessible(el);
          shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
          await el.updateComplete;
          expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(main.facts.length);
          await expectAccessible(el);
        });
      }
    }
  });
});
