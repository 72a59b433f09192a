import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/city-profile/city-profile.js';
import type { CityProfile } from '../../src/components/city-profile/city-profile.component.js';
import { captureWarnings, expectAccessible, expectChineseMarked, mountElement } from '../helpers/fixture.js';
import { closeTo, data, parseDisplayed, withoutLayout } from '../helpers/data.js';

const shadow = (el: Element) => el.shadowRoot!;
const entity = (id: string) => data.entities.find((e) => e.id === id)!;

const profile = (attrs: Record<string, string>) => mountElement<CityProfile>('city-profile', attrs, 800);

/** The prefecture with county figures and the most facts overall. */
const city = data.entities
  .filter((e) => e.level === 'prefecture' && data.entities.some((c) => c.parent === e.id && data.facts.some((f) => f.entity === c.id)))
  .sort((a, b) => data.facts.filter((f) => f.entity === a.id).length - data.facts.filter((f) => f.entity === b.id).length)[0];
const counties = data.entities.filter((c) => c.parent === city.id && data.facts.some((f) => f.entity === c.id));
const expected = data.facts.filter((f) => f.entity === city.id || counties.some((c) => c.id === f.entity));

suite('<city-profile>', () => {
  test('lists every fact of the city and its counties, each with value, period, status and quote', async () => {
    const el = await profile({ city: city.id, lang: 'en' });
    const facts = [...shadow(el).querySelectorAll('.fact')];
    expect(facts).to.have.length(expected.length);
    const quotes = facts.map((f) => withoutLayout(f.querySelector('blockquote')!.textContent!));
    for (const fact of expected) expect(quotes, fact.id).to.include(withoutLayout(fact.quote));
    for (const node of facts) {
      const quote = node.querySelector('blockquote')!;
      expect(quote.getAttribute('lang')).to.equal('zh-CN');
      const fact = expected.find((f) => f.quote === quote.textContent)!;
      expect(closeTo(parseDisplayed(node.querySelector('.number')!.textContent!), fact.value), fact.id).to.equal(true);
      expect(node.textContent).to.contain(fact.period.replace('-', '–'));
    }
  });

  test('each figure carries its curators\' note in the page\'s language', async () => {
    const noted = expected.filter((f) => f.note);
    expect(noted.length, 'facts with notes').to.be.greaterThan(0);
    for (const lang of ['en', 'zh-CN'] as const) {
      const el = await profile({ city: city.id, lang });
      const notes = [...shadow(el).querySelectorAll('.note')].map((n) => n.textContent);
      expect(notes).to.have.length(noted.length);
      for (const fact of noted) expect(notes, fact.id).to.include(lang === 'en' ? fact.note : fact.note_zh);
    }
  });

  test('in English, every Chinese word (quotes, terms in notes) is marked lang="zh-CN"', async () => {
    const noted = data.facts.find((f) => f.note && /[\u3000-\u9fff]/.test(f.note) && data.entities.find((e) => e.id === f.entity)!.level === 'prefecture')!;
    const el = await profile({ city: noted.entity, lang: 'en' });
    expect([...shadow(el).querySelectorAll('.note')].some((n) => /[\u3000-\u9fff]/.test(n.textContent!))).to.equal(true);
    expectChineseMarked(el);
  });

  test('each bar says what sets it apart (the figure\'s subject, or its period), and changes on a previous year are listed, never drawn beside shares', async () => {
    // Every prefecture whose percentage results include one with a subject or a change metric.
    const metricOf = (id: string) => data.metrics.find((m) => m.id === id)!;
    const drawn = (f: (typeof data.facts)[number]) => f.status === 'actual' && metricOf(f.metric).unit === 'percent';
    const places = [...new Set(data.facts.filter((f) => drawn(f) && (f.subject || metricOf(f.metric).change)).map((f) => f.entity))];
    const prefectures = places.map((id) => entity(id)).map((e) => (e.level === 'county' ? entity(e.parent!) : e)).filter((e) => e.level === 'prefecture');
    expect(prefectures.length, 'places with such figures').to.be.greaterThan(0);
    for (const place of new Set(prefectures)) {
      const el = await profile({ city: place.id, lang: 'en' });
      for (const chart of shadow(el).querySelectorAll('svg[part="chart"]')) {
        const names = [...chart.querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!.split(': ')[0]);
        expect(new Set(names).size, `${place.id}: ${names.join(' | ')}`).to.equal(names.length);
        for (const name of names) expect(data.metrics.some((m) => m.change && name.startsWith(m.label_en)), `${place.id}: ${name} drawn`).to.equal(false);
      }
      const subjects = data.facts.filter((f) => f.entity === place.id && drawn(f) && f.subject && !metricOf(f.metric).change);
      const labels = [...shadow(el).querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!);
      // (A programme with a single share draws no chart.)
      for (const f of subjects.filter((f) => labels.some((l) => l.startsWith(metricOf(f.metric).label_en)))) {
        expect(labels.some((l) => l.startsWith(`${metricOf(f.metric).label_en} (${f.subject_en ?? f.subject})`)), f.id).to.equal(true);
      }
      // Listed all the same, with their values.
      const listed = [...shadow(el).querySelectorAll('.fact dt')].map((dt) => dt.textContent!.trim());
      for (const f of data.facts.filter((g) => g.entity === place.id && metricOf(g.metric).change)) expect(listed, f.id).to.include(metricOf(f.metric).label_en);
    }
  });

  test('long indicator names wrap inside their charts: nothing runs past the edge at 320, 500 or 800 px', async () => {
    // The prefecture whose charts carry the longest English indicator name.
    const longest = [...data.facts]
      .filter((f) => data.entities.find((e) => e.id === f.entity)!.level === 'prefecture')
      .sort((a, b) => data.metrics.find((m) => m.id === b.metric)!.label_en.length - data.metrics.find((m) => m.id === a.metric)!.label_en.length)[0];
    for (const width of [320, 500, 800]) {
      const el = await mountElement<CityProfile>('city-profile', { city: longest.entity, lang: 'en' }, width);
      for (const chart of shadow(el).querySelectorAll<SVGSVGElement>('svg[part="chart"]')) {
        const right = chart.viewBox.baseVal.width;
        for (const label of chart.querySelectorAll<SVGTextElement>('.point text')) {
          const box = label.getBBox();
          expect(box.x, `${width}px: ${label.textContent}`).to.be.at.least(-1);
          expect(box.x + box.width, `${width}px: ${label.textContent}`).to.be.at.most(right + 1);
        }
      }
    }
  });

  test('in Chinese, each bar\'s accessible name uses Chinese punctuation (：，), as every other chart', async () => {
    const el = await profile({ city: city.id, lang: 'zh-CN' });
    const names = [...shadow(el).querySelectorAll('.point')].map((p) => p.getAttribute('aria-label')!);
    expect(names.length, 'bars in the profile').to.be.greaterThan(0);
    for (const name of names) expect(name, name).to.match(/^[^:,]+：[^:,]+，[^:,]+，[^:,]+$/);
  });

  test('groups by programme with a contents list, and the counties under the city', async () => {
    const el = await profile({ city: city.id, lang: 'en' });
    const headings = [...shadow(el).querySelectorAll('h3.place')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(counties.map((c) => c.name_en));
    const links = shadow(el).querySelectorAll('.contents a');
    expect(links.length).to.equal(shadow(el).querySelectorAll('section').length);
    (links[links.length - 1] as HTMLAnchorElement).click();
    expect(['h3', 'h4']).to.include(shadow(el).activeElement?.localName);
  });

  test('prints cleanly: no navigation, no border, every quote and source kept, page breaks between facts', async () => {
    const el = await profile({ city: city.id, lang: 'en' });
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el).querySelector('.contents')!).display).to.equal('none');
      expect(getComputedStyle(el).borderTopStyle).to.equal('none');
      const quotes = [...shadow(el).querySelectorAll('blockquote')];
      expect(quotes.every((q) => q.getClientRects().length > 0)).to.equal(true);
      expect(shadow(el).querySelectorAll('.source-line').length).to.equal(expected.length);
      // Longer than a page: it breaks between facts, never through one.
      expect(getComputedStyle(el).breakInside).to.equal('auto');
      expect(getComputedStyle(shadow(el).querySelector('.content')!).display).to.equal('block');
      expect([...shadow(el).querySelectorAll('.fact')].every((f) => getComputedStyle(f).breakInside === 'avoid')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  test('bad input: alert, one warning, recovery', async () => {
    let el!: CityProfile;
    const warnings = await captureWarnings(async () => {
      el = await profile({ city: 'atlantis', lang: 'en' });
    });
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('no place called "atlantis"');
    expect(warnings).to.have.length(1);
    el.city = city.id;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.fact').length).to.equal(expected.length);
  });

  for (const lang of ['en', 'zh-CN']) {
    for (const theme of ['light', 'dark']) {
      test(`axe finds no violation (${lang}, ${theme})`, async () => {
        const el = await profile({ city: city.id, lang, theme });
        await expectAccessible(el);
        expect(shadow(el).querySelector('h2')!.textContent).to.contain(lang === 'en' ? entity(city.id).name_en : entity(city.id).name_zh);
      });
    }
  }
});
