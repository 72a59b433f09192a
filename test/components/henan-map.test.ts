import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/components/henan-map/henan-map.js';
import type { HenanMap } from '../../src/components/henan-map/henan-map.component.js';
import { atTextSize, contrastRatio, expectAccessible, expectBadInput, expectNotesShown, expectSourcesNamed, mountElement } from '../helpers/fixture.js';
import { closeTo, data, parseDisplayed, withoutLayout } from '../helpers/data.js';
import rawMap from '../../data/runtime/henan-map.js';

const shadow = (el: Element) => el.shadowRoot!;
const entity = (id: string) => data.entities.find((e) => e.id === id)!;
const geometry = rawMap as unknown as { features: Array<{ entity: string; d: string; cx: number; cy: number }> };
const centre = (id: string) => geometry.features.find((f) => f.entity === id)!;

const map = (attrs: Record<string, string>, width = 700) => mountElement<HenanMap>('henan-map', attrs, width);

/** The metric and period most prefectures reported, with those facts. */
const main = (() => {
  const groups = new Map<string, typeof data.facts>();
  for (const f of data.facts) {
    if (f.status !== 'actual' || f.subject || entity(f.entity).level !== 'prefecture') continue;
    groups.set(`${f.metric}|${f.period}`, [...(groups.get(`${f.metric}|${f.period}`) ?? []), f]);
  }
  const [key, facts] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0];
  return { metric: key.split('|')[0], period: key.split('|')[1], facts };
})();
const reporters = new Set(main.facts.map((f) => f.entity));
const label = (el: Element, id: string) =>
  [...shadow(el).querySelectorAll<SVGElement>('.point')].find((p) => p.dataset.entity === id)!.getAttribute('aria-label')!;

suite('<henan-map>', () => {
  test('draws all 18 cities; reporters carry their dataset value, the others are hatched and "not reported"', async () => {
    const el = await map({ metric: main.metric, lang: 'en' });
    const points = [...shadow(el).querySelectorAll<SVGElement>('.point')];
    expect(points.map((p) => p.dataset.entity).sort()).to.deep.equal(data.entities.filter((e) => e.level === 'prefecture').map((e) => e.id).sort());
    for (const p of points) {
      const id = p.dataset.entity!;
      const fill = p.querySelector('path')!.getAttribute('fill')!;
      if (reporters.has(id)) {
        const fact = main.facts.find((f) => f.entity === id)!;
        expect(closeTo(parseDisplayed(label(el, id).split(': ')[1]), fact.value), label(el, id)).to.equal(true);
        expect(getComputedStyle(p.querySelector('path')!).fill, `${id} coloured`).to.match(/^rgb\(/);
      } else {
        expect(label(el, id)).to.equal(`${entity(id).name_en}: Not reported`);
        expect(fill).to.match(/^url\(#/);
      }
    }
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain(`${reporters.size} of 18 cities reported`);
  });

  test('no two labels overlap, in English and Chinese, in 520 to 1100 px columns, at 16 to 32 px text; every reported value is labelled', async () => {
    for (const lang of ['en', 'zh-CN']) {
      for (const [width, textSize] of [[520, 16], [760, 16], [760, 20], [1100, 32]]) {
        const el = await atTextSize(textSize, () => map({ metric: main.metric, lang }, width));
        const texts = [...shadow(el).querySelectorAll<SVGTextElement>('.labels text')];
        expect(texts).to.have.length(18);
        const lines = texts.flatMap((text, i) => [...text.querySelectorAll('tspan')].map((tspan) => ({ i, text: tspan.textContent!, box: tspan.getBBox() })));
        for (const a of lines) {
          for (const b of lines) {
            if (a.i === b.i) continue;
            const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
            expect(apart, `${lang} ${width}px at ${textSize}px: "${a.text}" and "${b.text}" overlap ${JSON.stringify([a.box.x,a.box.y,a.box.width,a.box.height,b.box.x,b.box.y,b.box.width,b.box.height].map(Math.round))}`).to.equal(true);
          }
        }
        // Only a "not reported" line may be left out, where there is no room: most stay, every reporter's value is there.
        expect(texts.filter((t) => t.querySelectorAll('tspan').length === 2).length, `${lang} ${width}px: places with two lines`).to.be.greaterThan(9);
        for (const fact of main.facts) {
          const name = lang === 'en' ? entity(fact.entity).name_en : entity(fact.entity).name_zh;
          const text = texts.find((t) => t.querySelector('tspan')!.textContent === name)!;
          expect(text.querySelectorAll('tspan'), name).to.have.length(2);
        }
      }
    }
  });

  test('its labels grow with the reader\'s text (12 px at 16), never smaller, and give way to the table where names would not fit beside each other', async () => {
    /** The labels' size on screen, in CSS px (the map is drawn scaled to its width), or undefined when none are drawn. */
    const labelSize = async (textSize: number, width: number) => {
      const el = await atTextSize(textSize, () => map({ metric: main.metric, lang: 'en' }, width));
      const svg = shadow(el).querySelector<SVGSVGElement>('svg[part="chart"]')!;
      const labels = shadow(el).querySelector('.labels');
      return labels ? (parseFloat(getComputedStyle(labels).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width : undefined;
    };
    expect(await labelSize(16, 760)).to.be.closeTo(12, 0.01);
    expect(await labelSize(20, 760)).to.be.closeTo(15, 0.01);
    expect(await labelSize(12, 760), 'a page\'s smaller text').to.be.closeTo(12, 0.01);
    // At twice the text, names need twice the room (960 px): in a narrower column the map leaves them to its table and focus names.
    expect(await labelSize(32, 760)).to.equal(undefined);
    expect(await labelSize(32, 1100)).to.be.closeTo(24, 0.01);
  });

  test('a count\'s legend gives whole-number steps that do not share ends, and each city\'s value is in the step of its colour', async () => {
    const unit = data.metrics.find((m) => m.id === main.metric)!.unit;
    expect(unit !== 'percent' && main.facts.every((f) => Number.isInteger(f.value)), 'the main metric is a count').to.equal(true);
    const el = await map({ metric: main.metric, lang: 'en' });
    const steps = [...shadow(el).querySelectorAll('.legend li')]
      .filter((li) => !li.querySelector('rect')!.getAttribute('fill')!.startsWith('url('))
      .map((li) => ({ fill: li.querySelector('rect')!.getAttribute('fill')!, range: li.textContent!.trim().split('–').map((n) => Number(n.replace(/,/g, ''))) }));
    expect(steps.length).to.be.greaterThan(1);
    steps.forEach(({ range }, i) => {
      for (const n of range) expect(Number.isInteger(n), `step ${range.join('–')}`).to.equal(true);
      if (i > 0) expect(range[0], 'steps do not share ends').to.be.greaterThan(steps[i - 1].range.at(-1)!);
    });
    for (const fact of main.facts) {
      const fill = [...shadow(el).querySelectorAll<SVGElement>('.point')].find((p) => p.dataset.entity === fact.entity)!.querySelector('path')!.getAttribute('fill');
      const { range } = steps.find((s) => s.fill === fill)!;
      expect(fact.value, `${fact.entity} in ${range.join('–')}`).to.be.within(range[0], range.at(-1)!);
    }
  });

  test('a small count\'s legend steps each hold as many whole numbers (not "0–1, 2–3, 4, 5–6")', async () => {
    const groups = new Map<string, typeof data.facts>();
    for (const f of data.facts) {
      if (f.status !== 'actual' || entity(f.entity).level !== 'prefecture' || !Number.isInteger(f.value)) continue;
      groups.set(`${f.metric}|${f.period}`, [...(groups.get(`${f.metric}|${f.period}`) ?? []), f]);
    }
    const small = [...groups.values()].filter((g) => g.length >= 2 && data.metrics.find((m) => m.id === g[0].metric)!.unit !== 'percent' && Math.max(...g.map((f) => f.value)) <= 20);
    expect(small.length, 'counts of at most 20 that two cities reported').to.be.greaterThan(0);
    for (const facts of small) {
      const el = await map({ metric: facts[0].metric, period: facts[0].period, lang: 'en' });
      const sizes = [...shadow(el).querySelectorAll('.legend li')]
        .filter((li) => !li.querySelector('rect')!.getAttribute('fill')!.startsWith('url('))
        .map((li) => li.textContent!.trim().split('–').map(Number))
        .map(([from, to = from]) => to - from + 1);
      expect(new Set(sizes).size, `${facts[0].metric}: ${sizes.join(', ')}`).to.equal(1);
    }
  });

  test('a highlighted first city is named once in the summary (no better direction)', async () => {
    expect(data.metrics.find((m) => m.id === main.metric)!.higher_is_better, 'a metric with no better direction').to.equal(null);
    const first = [...main.facts].sort((a, b) => b.value - a.value)[0];
    const el = await map({ metric: main.metric, highlight: first.entity, lang: 'en' });
    const summary = shadow(el).querySelector('.summary')!.textContent!;
    expect(summary.split(entity(first.entity).name_en).length - 1, summary).to.equal(1);
  });

  for (const theme of ['light', 'dark']) {
    test(`${theme}: more stands out more, colours ordered by value away from the background (darker on light, lighter on dark), labels ≥ 4.5:1 on their blue`, async () => {
      const el = await map({ metric: main.metric, lang: 'en', theme }, 900);
      const bg = getComputedStyle(el).getPropertyValue('--_bg').trim();
      const point = (id: string) => [...shadow(el).querySelectorAll<SVGElement>('.point')].find((p) => p.dataset.entity === id)!;
      const sorted = [...main.facts].sort((a, b) => a.value - b.value);
      const contrasts = sorted.map((f) => contrastRatio(getComputedStyle(point(f.entity).querySelector('path')!).fill, bg));
      for (let i = 1; i < contrasts.length; i++) expect(contrasts[i], `${sorted[i].entity} against ${sorted[i - 1].entity}`).to.be.at.least(contrasts[i - 1]);
      expect(contrasts.at(-1)!, 'the most differs from the least').to.be.greaterThan(contrasts[0]);
      // Each reporting city's label, in its ink, on its city's blue.
      const labels = [...shadow(el).querySelectorAll<SVGTextElement>('.labels text:not(.on-hatch)')];
      expect(labels.length, 'labels drawn').to.equal(main.facts.length);
      for (const label of labels) {
        const city = main.facts.find((f) => label.textContent!.includes(entity(f.entity).name_en))!;
        const ratio = contrastRatio(getComputedStyle(label).fill, getComputedStyle(point(city.entity).querySelector('path')!).fill);
        expect(ratio, `${theme}: ${label.textContent}`).to.be.at.least(4.5);
      }
    });
  }

  test('arrow keys move to the nearest city in that direction; Home and End follow reading order', async () => {
    const el = await map({ metric: main.metric, lang: 'en' });
    const start = 'zhengzhou';
    const points = [...shadow(el).querySelectorAll<SVGElement>('.point')];
    points.find((p) => p.dataset.entity === start)!.focus();
    for (const [key, check] of [
      ['ArrowRight', (c: { cx: number }) => c.cx > centre(start).cx],
      ['ArrowLeft', (c: { cx: number }) => c.cx < centre(start).cx],
      ['ArrowUp', (c: { cy: number }) => c.cy < centre(start).cy],
      ['ArrowDown', (c: { cy: number }) => c.cy > centre(start).cy],
    ] as const) {
      points.find((p) => p.dataset.entity === start)!.focus();
      await sendKeys({ press: key });
      const now = (shadow(el).activeElement as SVGElement).dataset.entity!;
      expect(now, key).to.not.equal(start);
      expect(check(centre(now) as never), `${key} → ${now}`).to.equal(true);
    }
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(points[0]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(points.at(-1));
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  test('focus shows the tooltip; Enter shows the city\'s source, quote one more click away', async () => {
    const el = await map({ metric: main.metric, lang: 'en' });
    const fact = main.facts[0];
    const point = [...shadow(el).querySelectorAll<SVGElement>('.point')].find((p) => p.dataset.entity === fact.entity)!;
    point.focus();
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')!.textContent).to.contain(entity(fact.entity).name_en);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const source = data.sources.find((s) => s.id === fact.source)!;
    expect(shadow(el).querySelector('.source')!.textContent).to.contain(source.title_en);
    // It names the city and value it is the source of, in a polite live region (a screen reader hears it).
    expect(shadow(el).querySelector('.source .about')!.textContent).to.equal(label(el, fact.entity));
    expect(shadow(el).querySelector('.source')!.closest('[aria-live="polite"]')).to.not.equal(null);
    shadow(el).querySelector<HTMLButtonElement>('[part="quote-toggle"]')!.focus();
    shadow(el).querySelector<HTMLButtonElement>('[part="quote-toggle"]')!.click();
    await el.updateComplete;
    // Focus has moved on; the chosen city stays outlined.
    const chosen = [...shadow(el).querySelectorAll('.ring.chosen')];
    expect(chosen.length).to.equal(2);
    expect(chosen[0].getAttribute('d')).to.equal(centre(fact.entity).d);
    expect([...shadow(el).querySelectorAll<SVGElement>('.point[aria-current="true"]')].map((p) => p.dataset.entity), 'said, not only seen').to.deep.equal([fact.entity]);
    expect(withoutLayout(shadow(el).querySelector('blockquote')!.textContent!)).to.equal(withoutLayout(fact.quote));
  });

  suite('pointer, focus and highlight outlines', () => {
    teardown(async () => {
      await resetMouse();
      await executeServerCommand('emulate-media-features', {});
    });
    /** The page coordinates of a city's label point (inside the city). */
    const pointOn = (el: HenanMap, id: string): [number, number] => {
      const svg = shadow(el).querySelector('svg')!.getBoundingClientRect();
      const scale = svg.width / 600;
      return [Math.round(svg.left + centre(id).cx * scale), Math.round(svg.top + centre(id).cy * scale)];
    };
    /** Focus as a keyboard user's: after a key press, so the browser shows focus (a click before would not). */
    const keyboardFocus = async (el: HenanMap, id: string) => {
      await sendKeys({ press: 'Shift' });
      shadow(el).querySelector<SVGElement>(`.point[data-entity="${id}"]`)!.focus();
      await el.updateComplete;
    };
    const ringed = (el: HenanMap, kind: string) => shadow(el).querySelector(`.ring.${kind}`)?.getAttribute('d');
    const shape = (id: string) => geometry.features.find((f) => f.entity === id)!.d;

    test('a click gives the city the pointer outline and its tooltip, not a focus ring or a focus box', async () => {
      const el = await map({ metric: main.metric, lang: 'en' });
      await sendMouse({ type: 'click', position: pointOn(el, 'zhengzhou') });
      await el.updateComplete;
      const point = shadow(el).querySelector<SVGElement>('.point[data-entity="zhengzhou"]')!;
      expect(shadow(el).activeElement).to.equal(point);
      expect(getComputedStyle(point).outlineStyle).to.equal('none');
      expect(ringed(el, 'focus')).to.equal(undefined);
      expect(ringed(el, 'hover')).to.equal(shape('zhengzhou'));
      expect(shadow(el).querySelector('.tooltip')!.textContent).to.contain('Zhengzhou');
    });

    test('keyboard focus on one city and the pointer on another: each outlined, the tooltip names the pointed one', async () => {
      const el = await map({ metric: main.metric, lang: 'en' });
      await keyboardFocus(el, 'kaifeng');
      await sendMouse({ type: 'move', position: pointOn(el, 'nanyang') });
      await el.updateComplete;
      expect(ringed(el, 'focus')).to.equal(shape('kaifeng'));
      expect(ringed(el, 'hover')).to.equal(shape('nanyang'));
      expect(shadow(el).querySelector('.tooltip')!.textContent).to.contain('Nanyang');
    });

    test('Escape hides the tooltip (dismissible, WCAG 1.4.13) until the pointer moves to another city', async () => {
      const el = await map({ metric: main.metric, lang: 'en' });
      await sendMouse({ type: 'move', position: pointOn(el, 'nanyang') });
      await el.updateComplete;
      expect(shadow(el).querySelector('.tooltip')!.textContent).to.contain('Nanyang');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(el).querySelector('.tooltip')).to.equal(null);
      expect(ringed(el, 'hover'), 'the city stays outlined').to.equal(shape('nanyang'));
      await sendMouse({ type: 'move', position: pointOn(el, 'zhengzhou') });
      await el.updateComplete;
      expect(shadow(el).querySelector('.tooltip')!.textContent).to.contain('Zhengzhou');
      await resetMouse();
    });

    test('a focused highlighted city shows both: the highlight over a wider focus ring', async () => {
      const el = await map({ metric: main.metric, lang: 'en', highlight: 'zhengzhou' });
      await keyboardFocus(el, 'zhengzhou');
      const [focusOuter] = shadow(el).querySelectorAll('.ring.focus');
      const [highlightOuter] = shadow(el).querySelectorAll('.ring.highlight');
      expect(focusOuter.compareDocumentPosition(highlightOuter) & Node.DOCUMENT_POSITION_FOLLOWING, 'highlight drawn after focus').to.not.equal(0);
      expect(parseFloat(getComputedStyle(focusOuter).strokeWidth)).to.be.greaterThan(parseFloat(getComputedStyle(highlightOuter).strokeWidth) + 2);
    });

    test('on paper: no tooltip or focus ring, the highlight stays, the "not reported" key is drawn, not a background', async () => {
      const el = await map({ metric: main.metric, lang: 'en', highlight: 'zhengzhou' });
      await keyboardFocus(el, 'kaifeng');
      await executeServerCommand('emulate-media-features', { media: 'print' });
      expect(getComputedStyle(shadow(el).querySelector('.tooltip')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.ring.focus')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.ring.highlight')!).display).to.not.equal('none');
      expect(shadow(el).querySelector('.legend svg rect[fill^="url(#"]'), 'hatched swatch').to.not.equal(null);
    });

    test('in Chinese, a city that did not report reads "安阳市：未报告" (full-width colon)', async () => {
      const el = await map({ metric: main.metric, lang: 'zh-CN' });
      const missing = data.entities.find((e) => e.level === 'prefecture' && !reporters.has(e.id))!;
      expect(label(el, missing.id)).to.equal(`${missing.name_zh}：未报告`);
    });
  });

  for (const theme of ['light', 'dark']) {
    test(`${theme}: the highlight and focus outlines are drawn over every region and stand out (≥ 3:1) from every fill`, async () => {
      const highlighted = main.facts[0].entity;
      const el = await map({ metric: main.metric, lang: 'en', theme, highlight: highlighted });
      const root = shadow(el);
      const focused = [...root.querySelectorAll<SVGElement>('.point')].find((p) => p.dataset.entity !== highlighted)!;
      await sendKeys({ press: 'Shift' }); // keyboard focus, which the browser shows
      focused.focus();
      await el.updateComplete;
      const lastRegion = [...root.querySelectorAll('.point')].at(-1)!;
      // The colour classes, and the hatching of places that did not report.
      const fills = [...root.querySelectorAll('.legend rect')].filter((r) => !r.getAttribute('fill')!.startsWith('url(')).map((r) => getComputedStyle(r).fill);
      fills.push(getComputedStyle(el).getPropertyValue('--_hatch').trim());
      expect(fills.length).to.be.greaterThan(2);
      for (const kind of ['highlight', 'focus']) {
        const rings = [...root.querySelectorAll<SVGPathElement>(`.ring.${kind}`)];
        expect(rings.length, `${kind} outline`).to.equal(2);
        const outlined = geometry.features.find((f) => f.entity === (kind === 'highlight' ? highlighted : focused.dataset.entity))!.d;
        for (const ring of rings) {
          expect(ring.getAttribute('d')).to.equal(outlined);
          expect(lastRegion.compareDocumentPosition(ring) & Node.DOCUMENT_POSITION_FOLLOWING, 'drawn after the last region').to.not.equal(0);
        }
        const colours = rings.map((r) => getComputedStyle(r).stroke);
        for (const fill of fills) {
          const best = Math.max(...colours.map((c) => contrastRatio(c, fill)));
          expect(best, `${kind} outline (${colours.join(' + ')}) on ${fill}`).to.be.at.least(3);
        }
      }
    });
  }

  test('names the source document of every figure it colours, in its language', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const el = await map({ metric: main.metric, period: main.period, lang });
      expectSourcesNamed(el, main.facts, [main.metric], lang);
    }
  });

  test('shows the curators\' note on every figure it colours', async () => {
    // A metric and period that two or more cities reported, one of them with a note.
    const prefectureResults = data.facts.filter((f) => f.status === 'actual' && !f.subject && entity(f.entity).level === 'prefecture');
    const sample = prefectureResults.find((f) => f.note && prefectureResults.filter((g) => g.metric === f.metric && g.period === f.period).length > 1)!;
    const shown = prefectureResults.filter((g) => g.metric === sample.metric && g.period === sample.period);
    const noted = shown.filter((f) => f.note && shown.filter((g) => g.entity === f.entity).length === 1);
    expect(noted.length, 'notes among the mapped figures').to.be.greaterThan(0);
    for (const lang of ['en', 'zh-CN']) {
      const el = await map({ metric: sample.metric, period: sample.period, lang });
      expectNotesShown(el, noted, (id) => (lang === 'en' ? entity(id).name_en : entity(id).name_zh));
    }
  });

  test('the notes cover the county figures its table lists too', async () => {
    const isCounty = (f: (typeof data.facts)[number]) => entity(f.entity).level === 'county';
    const countyNoted = data.facts.find(
      (f) =>
        f.note &&
        isCounty(f) &&
        data.facts.filter((g) => g.entity === f.entity && g.metric === f.metric).length === 1 &&
        data.facts.some((g) => g.metric === f.metric && g.status === 'actual' && entity(g.entity).level === 'prefecture'),
    )!;
    expect(countyNoted, 'a county figure with a note, on a metric the map draws').to.not.equal(undefined);
    const el = await map({ metric: countyNoted.metric, lang: 'en' });
    expectNotesShown(el, [countyNoted], (id) => entity(id).name_en);
  });

  test('the table lists every city, with counties that reported listed under their city', async () => {
    // A metric that both cities and counties report.
    const metric = data.metrics.find(
      (m) => data.facts.some((f) => f.metric === m.id && entity(f.entity).level === 'county') && data.facts.some((f) => f.metric === m.id && entity(f.entity).level === 'prefecture' && f.status === 'actual'),
    )!;
    const el2 = await map({ metric: metric.id, lang: 'en' });
    shadow(el2).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el2.updateComplete;
    // A county row is marked "↳" by the stylesheet (seen, not read): its header holds the county's name only.
    const headers = [...shadow(el2).querySelectorAll('tbody tr')].map((r) => r.children[0]);
    const rows = headers.map((th) => (th.classList.contains('nested') ? '↳ ' : '') + th.textContent!.replace(/ \((highlighted|突出显示)\)$/, '').trim());
    expect(headers.some((th) => th.textContent!.includes('↳'))).to.equal(false);
    expect(getComputedStyle(headers.find((th) => th.classList.contains('nested'))!, '::before').content).to.contain('↳');
    expect(rows.filter((r) => !r.startsWith('↳'))).to.have.length(18);
    const counties = [...new Set(data.facts.filter((f) => f.metric === metric.id && entity(f.entity).level === 'county').map((f) => f.entity))];
    for (const county of counties) {
      // A row starts with the place's name (a figure about one part of it names that part after it).
      const at = rows.findIndex((r) => r.startsWith(`↳ ${entity(county).name_en}`));
      expect(at, county).to.be.greaterThan(0);
      const parentAt = rows.findIndex((r) => r.startsWith(entity(entity(county).parent!).name_en));
      expect(parentAt).to.be.lessThan(at);
      expect(rows.slice(parentAt + 1, at).every((r) => r.startsWith('↳'))).to.equal(true);
    }
  });

  suite('bad input', () => {
    const county = data.entities.find((e) => e.level === 'county')!;
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['an unknown metric', { metric: 'happiness' }, /no indicator "happiness"/],
      ['a missing metric', {}, /"metric" attribute is missing/],
      ['an unknown highlight', { metric: main.metric, highlight: 'atlantis' }, /no place called "atlantis"/],
      ['a county as highlight (the dataset has it, the map does not draw it)', { metric: main.metric, highlight: county.id }, new RegExp(`${county.name_en} is not a prefecture-level city`)],
      ['a period the data lacks', { metric: main.metric, period: '1999' }, /no figures for .* in "1999"/],
    ];
    for (const [name, attrs, message] of cases) {
      test(`${name}: alert with valid values, one warning, recovery`, async () => {
        const el = await expectBadInput(() => map({ ...attrs, lang: 'en' }), message);
        el.metric = main.metric;
        el.period = undefined;
        el.highlight = undefined;
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
        expect(shadow(el).querySelectorAll('.point').length).to.equal(18);
      });
    }
  });

  suite('accessibility', () => {
    for (const lang of ['en', 'zh-CN']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [320, 700]) {
          test(`axe finds no violation (${lang}, ${theme}, ${width}px, table open)`, async () => {
            const el = await map({ metric: main.metric, highlight: main.facts[0].entity, lang, theme }, width);
            await expectAccessible(el);
            shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
            await el.updateComplete;
            await expectAccessible(el);
          });
        }
      }
    }
  });
});
