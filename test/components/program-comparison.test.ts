import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/program-comparison/program-comparison.js';
import type { ProgramComparison } from '../../src/components/program-comparison/program-comparison.component.js';
import { atTextSize, contrastRatio, expectAccessible, expectBadInput, expectChineseMarked, expectSourcesNamed, mountElement } from '../helpers/fixture.js';
import { closeTo, data, parseDisplayed, withoutLayout } from '../helpers/data.js';

const shadow = (el: Element) => el.shadowRoot!;
const entity = (id: string) => data.entities.find((e) => e.id === id)!;
const metric = (id: string) => data.metrics.find((m) => m.id === id)!;

const comparison = (attrs: Record<string, string>, width = 720) => mountElement<ProgramComparison>('program-comparison', attrs, width);

/** Latest result (else any fact) of a place for a metric, as a reader would pick it from the dataset. */
function latest(entityId: string, metricId: string) {
  const facts = data.facts.filter((f) => f.entity === entityId && f.metric === metricId);
  const actual = facts.filter((f) => f.status === 'actual');
  const pool = actual.length ? actual : facts;
  return pool.sort((a, b) => a.period.localeCompare(b.period, 'en', { numeric: true })).at(-1);
}

/**
 * A programme and two prefectures that both report two or more of its metrics,
 * and a third prefecture that reports none of those metrics.
 */
function scenario() {
  for (const program of data.programs) {
    const metrics = data.metrics.filter((m) => m.program === program.id);
    const byEntity = new Map<string, Set<string>>();
    for (const f of data.facts) {
      if (!metrics.some((m) => m.id === f.metric) || entity(f.entity).level !== 'prefecture') continue;
      byEntity.set(f.entity, (byEntity.get(f.entity) ?? new Set()).add(f.metric));
    }
    const rich = [...byEntity.entries()].filter(([, ms]) => ms.size >= 2);
    for (let i = 0; i < rich.length; i++) {
      for (let j = i + 1; j < rich.length; j++) {
        const shared = [...rich[i][1]].filter((m) => rich[j][1].has(m));
        if (shared.length >= 2) {
          const absent = data.entities.find((e) => e.level === 'prefecture' && !shared.some((m) => data.facts.some((f) => f.entity === e.id && f.metric === m)))!;
          return { program: program.id, cities: [rich[i][0], rich[j][0]], metrics: shared.slice(0, 3), absent: absent.id };
        }
      }
    }
  }
  throw new Error('no programme with two comparable cities');
}

const s = scenario();
const attrs = { program: s.program, cities: [...s.cities, s.absent].join(','), metrics: s.metrics.join(','), lang: 'en' };
// A programme listed in the dataset that no source reports figures for (the data compiler keeps it, with 0 in data/COVERAGE.md).
const emptyProgram = data.programs.find((p) => !data.metrics.some((m) => m.program === p.id))!;

suite('<program-comparison>', () => {
  test('one small multiple per metric, each place with its dataset value or "Not reported"', async () => {
    const el = await comparison(attrs);
    const panels = [...shadow(el).querySelectorAll('.panel')];
    expect(panels).to.have.length(s.metrics.length);
    for (const panel of panels) {
      const title = panel.querySelector('.panel-title')!.textContent!.trim();
      const m = data.metrics.find((x) => x.label_en === title)!;
      expect(s.metrics).to.include(m.id);
      const labels = [...panel.querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!);
      expect(labels).to.have.length(3);
      for (const id of s.cities) {
        const fact = latest(id, m.id)!;
        const label = labels.find((l) => l.startsWith(entity(id).name_en))!;
        expect(closeTo(parseDisplayed(label.split(': ')[1]), fact.value), label).to.equal(true);
      }
      const missing = labels.find((l) => l.startsWith(entity(s.absent).name_en))!;
      expect(missing).to.contain('Not reported');
      expect(panel.querySelector('pattern')).to.not.equal(null);
    }
  });

  test('each metric has its own scale: a panel\'s longest bar spans the same width whatever its unit', async () => {
    const el = await comparison(attrs);
    const widths = [...shadow(el).querySelectorAll('.panel')].map((panel) =>
      Math.max(...[...panel.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width')))),
    );
    // d3's nice() rounds each domain up, so the longest bar fills at least half its axis in every panel.
    const axis = Math.max(...widths);
    for (const w of widths) expect(w).to.be.greaterThan(axis / 2 - 1);
  });

  test('the summary names the first place\'s value and period, and the others\'', async () => {
    const el = await comparison(attrs);
    const summary = shadow(el).querySelector('.summary')!.textContent!;
    const firstPanel = shadow(el).querySelector('.panel-title')!.textContent!.trim();
    const m = data.metrics.find((x) => x.label_en === firstPanel)!;
    const fact = latest(s.cities[0], m.id)!;
    expect(summary).to.contain(`${m.label_en}: ${entity(s.cities[0]).name_en}`);
    expect(summary).to.contain(fact.period);
    expect(summary).to.contain(entity(s.cities[1]).name_en);
    expect(summary).to.contain(`not reported by ${entity(s.absent).name_en}`);
  });

  test('the provincial target is drawn and named when the province states one', async () => {
    const target = data.facts.find((f) => f.entity === 'henan' && f.status === 'target' && data.facts.some((g) => g.metric === f.metric && g.entity !== 'henan' && g.status === 'actual' && g.period === f.period));
    if (!target) throw new Error('the dataset has no provincial target with results to compare');
    const reporters = [...new Set(data.facts.filter((f) => f.metric === target.metric && f.entity !== 'henan' && f.period === target.period).map((f) => f.entity))];
    const el = await comparison({ program: metric(target.metric).program, metrics: target.metric, cities: reporters.join(','), lang: 'en' });
    const reference = shadow(el).querySelector('.reference text')!.textContent!;
    expect(closeTo(parseDisplayed(reference), target.value), reference).to.equal(true);
    expect(shadow(el).querySelector('.summary')!.textContent).to.match(/(above|below|at) the provincial target/);
  });

  test('a target\'s dashes lie on a band of the background, so they stand out (≥ 3:1) from the bars they cross: light, dark and forced colours', async () => {
    const target = data.facts.find((f) => f.entity === 'henan' && f.status === 'target' && data.facts.some((g) => g.metric === f.metric && g.entity !== 'henan' && g.status === 'actual' && g.period === f.period))!;
    const reporters = [...new Set(data.facts.filter((f) => f.metric === target.metric && f.entity !== 'henan' && f.period === target.period).map((f) => f.entity))];
    try {
      for (const mode of ['light', 'dark', 'forced']) {
        if (mode === 'forced') await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
        const el = await comparison({ program: metric(target.metric).program, metrics: target.metric, cities: reporters.join(','), lang: 'en', theme: mode === 'dark' ? 'dark' : 'light' });
        const underlay = shadow(el).querySelector('.reference line.underlay');
        const dashes = shadow(el).querySelector('.reference line:not(.underlay)')!;
        const bar = shadow(el).querySelector('.point:not(.missing) .bar')!;
        expect(underlay, `${mode}: a band under the dashes`).to.not.equal(null);
        expect(bar.compareDocumentPosition(underlay!) & Node.DOCUMENT_POSITION_FOLLOWING, 'drawn over the bars').to.not.equal(0);
        const [band, dash, fill] = [getComputedStyle(underlay!).stroke, getComputedStyle(dashes).stroke, getComputedStyle(bar).fill];
        expect(contrastRatio(dash, band), `${mode}: dashes ${dash} on band ${band}`).to.be.at.least(3);
        expect(contrastRatio(band, fill), `${mode}: band ${band} on bar ${fill}`).to.be.at.least(3);
      }
    } finally {
      await executeServerCommand('emulate-media-features', {});
    }
  });

  test('a target named in the summary says it is a target, and each panel\'s chart is named with its target', async () => {
    const target = data.facts.find((f) => f.entity === 'henan' && f.status === 'target')!;
    for (const lang of ['en', 'zh-CN']) {
      // The province first: all it has for these metrics are targets.
      const el = await comparison({ program: metric(target.metric).program, metrics: target.metric, cities: 'henan', lang });
      const summary = shadow(el).querySelector('.summary')!.textContent!;
      expect(summary, summary).to.contain(lang === 'en' ? '(target, not an achievement)' : '（目标值，并非已实现）');
    }
    const reporter = data.facts.find((f) => f.metric === target.metric && f.status === 'actual' && f.period === target.period)!;
    const el = await comparison({ program: metric(target.metric).program, cities: reporter.entity, lang: 'en' });
    const charts = [...shadow(el).querySelectorAll('svg[part="chart"]')].filter((svg) => svg.querySelector('.reference'));
    expect(charts.length).to.be.greaterThan(0);
    for (const chart of charts) {
      const name = chart.getAttribute('aria-labelledby')!.split(' ').map((id) => shadow(el).getElementById(id)!.textContent!.trim()).join(' ');
      expect(name).to.contain(chart.querySelector('.reference text')!.textContent!.trim());
      expect(name).to.match(/provincial target \d/);
    }
  });

  test('the data table lists each provincial target a panel draws, as a target, with its value from the dataset', async () => {
    const targets = data.facts.filter((f) => f.entity === 'henan' && f.status === 'target');
    // A prefecture with a result for a metric that has a provincial target, and another that reports on the same programme.
    const withTarget = data.facts.filter((f) => f.status === 'actual' && entity(f.entity).level === 'prefecture' && targets.some((t) => t.metric === f.metric && t.period === f.period));
    const metricId = withTarget[0].metric;
    const other = data.facts.find((f) => f.entity !== withTarget[0].entity && entity(f.entity).level === 'prefecture' && metric(f.metric).program === metric(metricId).program)!;
    const cities = [withTarget[0].entity, other.entity];
    const el = await comparison({ program: metric(metricId).program, cities: cities.join(','), lang: 'en' });
    const drawn = shadow(el).querySelectorAll('.reference').length;
    expect(drawn, 'panels with a target line').to.be.greaterThan(0);
    shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
    const targetRows = rows.filter((cells) => cells[4] === 'Target');
    expect(targetRows).to.have.length(drawn);
    for (const [place, metricName, value] of targetRows) {
      expect(place).to.equal(entity('henan').name_en);
      const m = data.metrics.find((x) => x.label_en === metricName)!;
      expect(targets.some((t) => t.metric === m.id && closeTo(parseDisplayed(value), t.value)), `${metricName}: ${value}`).to.equal(true);
    }
  });

  test('in English, the Chinese terms footnotes quote are marked lang="zh-CN"', async () => {
    const prefecture = (id: string) => data.entities.find((e) => e.id === id)!.level === 'prefecture';
    const peer = (f: (typeof data.facts)[number]) => data.facts.find((g) => g.metric === f.metric && g.entity !== f.entity && prefecture(g.entity));
    // A note quoting a Chinese term, on a metric another prefecture reports too.
    const noted = data.facts.find((f) => f.note && /[\u3000-\u9fff]/.test(f.note) && prefecture(f.entity) && peer(f))!;
    const other = peer(noted)!;
    const el = await comparison({ program: metric(noted.metric).program, cities: `${noted.entity},${other.entity}`, lang: 'en' });
    expect(shadow(el).querySelector('.footnotes')!.textContent).to.match(/[\u3000-\u9fff]/);
    expectChineseMarked(el);
  });

  test('values from different periods or definitions get a visible footnote', async () => {
    const el = await comparison({ ...attrs, cities: s.cities.join(',') });
    for (const panel of shadow(el).querySelectorAll('.panel')) {
      const m = data.metrics.find((x) => x.label_en === panel.querySelector('.panel-title')!.textContent!.trim())!;
      const facts = s.cities.map((id) => latest(id, m.id)!);
      const mixed = new Set(facts.map((f) => f.period)).size > 1;
      const notes = facts.filter((f) => f.note);
      const footnotes = panel.querySelector('.footnotes')?.textContent ?? '';
      expect(footnotes.includes('different periods'), m.id).to.equal(mixed);
      for (const f of notes) expect(footnotes).to.contain(f.note!);
    }
  });

  test('each value\'s period is in its hover title and focus name; Enter shows its source, the quote one click further', async () => {
    const el = await comparison(attrs);
    const point = shadow(el).querySelector<SVGElement>('.point:not([aria-label*="Not reported"])')!;
    expect(point.querySelector('title')!.textContent).to.equal(point.getAttribute('aria-label'));
    expect(point.getAttribute('aria-label')).to.match(/\d{4}/);
    point.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const [metricId, entityId] = point.dataset.key!.split('|');
    const fact = latest(entityId, metricId)!;
    const source = data.sources.find((x) => x.id === fact.source)!;
    expect(shadow(el).querySelector('.source')!.textContent).to.contain(source.title_en);
    // Which value the source is for: named above it, and its bar stays marked once focus moves on.
    expect(shadow(el).querySelector('.source .about')!.textContent).to.equal(point.getAttribute('aria-label'));
    expect(shadow(el).querySelector('.source')!.closest('[aria-live="polite"]'), 'announced').to.not.equal(null);
    const chosen = [...shadow(el).querySelectorAll<SVGElement>('.point.hl')];
    expect(chosen.map((p) => p.dataset.key)).to.deep.equal([point.dataset.key]);
    // And said, not only seen: the chosen bar is the current one.
    expect([...shadow(el).querySelectorAll<SVGElement>('.point[aria-current="true"]')].map((p) => p.dataset.key)).to.deep.equal([point.dataset.key]);
    shadow(el).querySelector<HTMLButtonElement>('[part="quote-toggle"]')!.click();
    await el.updateComplete;
    expect(withoutLayout(shadow(el).querySelector('blockquote')!.textContent!)).to.equal(withoutLayout(fact.quote));
    await expectAccessible(el);
  });

  test('keyboard: one tab stop across every panel, arrows visit every value in reading order', async () => {
    const el = await comparison(attrs);
    const points = [...shadow(el).querySelectorAll<SVGElement>('.point')];
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    points[0].focus();
    for (let i = 1; i < points.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      expect(shadow(el).activeElement).to.equal(points[i]);
    }
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(points.at(-1));
  });

  test('every programme at 320 px keeps every name and value inside its charts, en and zh-CN, at 16 and 32 px text and with a reader\'s text spacing', async function () {
    this.timeout(180000);
    const programs = data.programs.filter((p) => data.metrics.some((m) => m.program === p.id));
    const spacing = document.createElement('style');
    spacing.textContent = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important }';
    for (const setting of ['16px', '32px', 'spacing'] as const) {
      if (setting === 'spacing') document.head.append(spacing);
      try {
        for (const program of programs) {
          for (const lang of ['en', 'zh-CN']) {
            const mountIt = () => comparison({ program: program.id, lang }, 320);
            const el = setting === '32px' ? await atTextSize(32, mountIt) : await mountIt();
            for (const svg of shadow(el).querySelectorAll('svg[part="chart"]')) {
              const box = svg.getBoundingClientRect();
              for (const text of svg.querySelectorAll('text')) {
                const r = text.getBoundingClientRect();
                expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `${program.id} ${lang} ${setting}: "${text.textContent}" inside`).to.equal(true);
              }
            }
          }
        }
      } finally {
        spacing.remove();
      }
    }
  });

  test('at 320 px the rows stack and every value is still shown', async () => {
    const el = await comparison(attrs, 320);
    for (const svg of shadow(el).querySelectorAll('svg')) expect(svg.getBoundingClientRect().width).to.be.at.most(320);
    const texts = [...shadow(el).querySelectorAll('.point')].map((p) => p.textContent!);
    for (const id of s.cities) {
      for (const m of s.metrics) {
        const fact = latest(id, m)!;
        expect(texts.some((t) => t.includes(entity(id).name_en) && closeTo(parseDisplayed(t.replace(entity(id).name_en, '')), fact.value))).to.equal(true);
      }
    }
  });

  test('names the source document of every figure it shows, in its language', async () => {
    const shown = s.cities.flatMap((id) => s.metrics.map((m) => latest(id, m)!));
    for (const lang of ['en', 'zh-CN'] as const) {
      const el = await comparison({ ...attrs, lang });
      expectSourcesNamed(el, shown, s.metrics, lang);
    }
  });

  test('printed, it breaks between panels, longer than a page as it often is, and never through one', async () => {
    const el = await comparison(attrs);
    try {
      await executeServerCommand('emulate-media-features', { media: 'print' });
      expect(getComputedStyle(el).breakInside).to.equal('auto');
      expect(getComputedStyle(shadow(el).querySelector('.content')!).display).to.equal('block');
      const panels = shadow(el).querySelectorAll('.panel');
      expect(panels.length).to.equal(s.metrics.length);
      for (const panel of panels) expect(getComputedStyle(panel).breakInside).to.equal('avoid');
    } finally {
      await executeServerCommand('emulate-media-features', {});
    }
  });

  test('at 320 px in Chinese the data table scrolls in its region instead of breaking names into one character a line', async () => {
    const el = await comparison({ ...attrs, lang: 'zh-CN' }, 320);
    shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const region = shadow(el).querySelector<HTMLElement>('.table-region')!;
    expect(region.scrollWidth, 'the table is wider than the column and scrolls').to.be.greaterThan(region.clientWidth);
    /** How many lines a cell's text takes. */
    const lines = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const cells = [...region.querySelectorAll('thead th, tbody th, tbody td:not(.long)')];
    expect(cells.length).to.be.greaterThan(6);
    for (const cell of cells) expect(lines(cell), `"${cell.textContent}" on one line`).to.equal(1);
    // Long names (metrics, sources) wrap, but keep lines of several characters.
    for (const cell of region.querySelectorAll('td.long')) expect(cell.getBoundingClientRect().width, cell.textContent!).to.be.at.least(100);
  });

  suite('bad input', () => {
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['an unknown programme', { program: 'space-medicine' }, /no programme "space-medicine"/],
      ['a missing programme', {}, /"program" attribute is missing/],
      ['an unknown city', { program: s.program, cities: 'kaifeng,atlantis' }, /no place called "atlantis"/],
      ['an empty selection', { program: s.program, cities: ' , ' }, /"cities" attribute selects nothing/],
      ['an unknown metric', { program: s.program, metrics: 'happiness' }, /no indicator "happiness"/],
      ['a selection nobody reports', { program: s.program, metrics: s.metrics[0], cities: s.absent }, /no figures for .* from /],
      ['a programme the sources report nothing for', { program: emptyProgram.id }, /report no figures for /],
    ];
    for (const [name, bad, message] of cases) {
      test(`${name}: alert with valid values, one warning, recovery`, async () => {
        const el = await expectBadInput(() => comparison({ ...bad, lang: 'en' }), message);
        // Only programmes with figures are offered.
        if (!bad.cities && !bad.metrics) expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.not.contain(emptyProgram.id);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
        expect(shadow(el).querySelectorAll('.panel').length).to.equal(s.metrics.length);
      });
    }
  });

  suite('accessibility', () => {
    for (const lang of ['en', 'zh-CN']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [320, 900]) {
          test(`axe finds no violation (${lang}, ${theme}, ${width}px, table open)`, async () => {
            const el = await comparison({ ...attrs, lang, theme }, width);
            await expectAccessible(el);
            shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
            await el.updateComplete;
            // A row for every value drawn: each place's bar, and each panel's target line.
            expect(shadow(el).querySelectorAll('.point').length).to.equal(3 * s.metrics.length);
            expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(3 * s.metrics.length + shadow(el).querySelectorAll('.reference').length);
            await expectAccessible(el);
          });
        }
      }
    }
  });
});
