import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/city-metric-card/city-metric-card.js';
import type { CityMetricCard } from '../../src/components/city-metric-card/city-metric-card.component.js';
import { atTextSize, boxesOverlap, captureWarnings, expectAccessible, expectChineseMarked, expectNotesShown, expectSourcesNamed, mount, mountElement } from '../helpers/fixture.js';
import { closeTo, comparableFacts, data, factsWithTrend, notReportedCase, parseDisplayed, targetOrPlanFact, withoutLayout } from '../helpers/data.js';
import type { Fact } from '../../src/data/types.js';
import { PRINT_WIDTH } from '../../src/controllers/resize.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const entity = (id: string) => data.entities.find((e) => e.id === id)!;
const metric = (id: string) => data.metrics.find((m) => m.id === id)!;

const card = (attrs: Record<string, string>) => mountElement<CityMetricCard>('city-metric-card', attrs);

const ranked = comparableFacts();
const rankedFact = ranked[0];
const trend = factsWithTrend();
const plan = targetOrPlanFact();
const absent = notReportedCase();

suite('<city-metric-card>', () => {
  suite('shows the dataset value', () => {
    for (const lang of ['en', 'zh-CN']) {
      test(`every comparable prefecture fact renders its value (${lang})`, async () => {
        for (const fact of ranked) {
          const el = await card({ city: fact.entity, metric: fact.metric, period: fact.period, lang });
          const shown = parseDisplayed(text(el, '.value .number'));
          expect(closeTo(shown, fact.value), `${fact.id}: shows ${text(el, '.value .number')}`).to.equal(true);
          expect(text(el, '.title')).to.contain(lang === 'en' ? entity(fact.entity).name_en : entity(fact.entity).name_zh);
          expect(text(el, '.title')).to.contain(lang === 'en' ? metric(fact.metric).label_en : metric(fact.metric).label_zh);
        }
      });
    }

    test('the curators\' note on every figure it shows, its own figure\'s first, in the card\'s language', async () => {
      const noted = [...ranked, ...trend].filter((f) => f.note);
      expect(noted.length, 'facts with notes among the cases').to.be.greaterThan(0);
      for (const fact of noted) {
        for (const lang of ['en', 'zh-CN']) {
          const el = await card({ city: fact.entity, metric: fact.metric, period: fact.period, lang });
          const name = (id: string) => (lang === 'en' ? entity(id).name_en : entity(id).name_zh);
          const noteOf = (f: Fact) => (lang === 'en' ? f.note : f.note_zh);
          expectNotesShown(el, [fact], name);
          expect(shadow(el).querySelector('.footnotes li')!.textContent, 'its own note first').to.contain(noteOf(fact));
          // Every other note is one of a figure the card draws: same metric, about a place it names.
          for (const li of shadow(el).querySelectorAll('.footnotes li')) {
            const note = li.querySelector(':scope > span')!.textContent!;
            const about = li.textContent!.slice(0, li.textContent!.indexOf(note));
            expect(data.facts.some((f) => f.metric === fact.metric && noteOf(f) === note && about.includes(name(f.entity))), li.textContent!).to.equal(true);
          }
          if (lang === 'zh-CN') expectChineseMarked(el);
        }
      }
      // The fallback content the embed builder writes carries the notes too, in its language.
      const el = await card({ city: noted[0].entity, metric: noted[0].metric, period: noted[0].period, lang: 'zh-CN' });
      const fallback = document.createElement('div');
      fallback.innerHTML = el.fallbackHTML();
      expect(fallback.querySelector('li span')?.textContent).to.equal(noted[0].note_zh);
      expect(fallback.querySelector('li')!.textContent).to.contain(entity(noted[0].entity).name_zh);
      // Chinese inside an English note is marked, as in the widget.
      const fallbackEn = document.createElement('div');
      const chineseNote = [...ranked, ...trend].find((f) => f.note && /[\u3000-\u9fff]/.test(f.note));
      if (chineseNote) {
        const en = await card({ city: chineseNote.entity, metric: chineseNote.metric, period: chineseNote.period, lang: 'en' });
        fallbackEn.innerHTML = en.fallbackHTML();
        expect(fallbackEn.querySelector('li span span[lang="zh-CN"]'), chineseNote.note).to.not.equal(null);
      }
    });

    test('names every document its chart draws from, when they are more than its own figure\'s', async () => {
      const group = (f: Fact) => ranked.filter((g) => g.metric === f.metric && g.period === f.period);
      const fromSeveral = ranked.find((f) => new Set(group(f).map((g) => g.source)).size > 1)!;
      expect(fromSeveral, 'a ranking from several documents').to.not.equal(undefined);
      for (const lang of ['en', 'zh-CN'] as const) {
        const el = await card({ city: fromSeveral.entity, metric: fromSeveral.metric, period: fromSeveral.period, lang });
        expectSourcesNamed(el, group(fromSeveral), [fromSeveral.metric], lang);
      }
    });

    test('the summary states the value, period and rank among reporters', async () => {
      const peers = ranked.filter((f) => f.metric === rankedFact.metric && f.period === rankedFact.period);
      const higherIsBetter = metric(rankedFact.metric).higher_is_better;
      for (const fact of peers) {
        const el = await card({ city: fact.entity, metric: fact.metric, lang: 'en' });
        const better = peers.filter((p) => (higherIsBetter === false ? p.value < fact.value : p.value > fact.value)).length;
        const rank = better + 1;
        const summary = text(el, '.summary');
        expect(summary).to.contain(fact.period);
        expect(closeTo(parseDisplayed(summary.split(':')[1]), fact.value), summary).to.equal(true);
        // "ranks 2nd of the 4 …"; with no better direction "is the 2nd highest of the 4 …", "is the highest …", "is the lowest …"
        if (higherIsBetter !== null) expect(summary).to.match(new RegExp(`ranks (joint )?${rank}(st|nd|rd|th) of the ${peers.length} `));
        else {
          const place = rank === peers.length ? 'lowest' : rank === 1 ? 'highest' : `${rank}(st|nd|rd|th) highest`;
          expect(summary).to.match(new RegExp(`is the (joint )?${place} of the ${peers.length} `));
        }
      }
    });

    test('the ranking chart draws one bar per reporting city, highlighting this one, and says how many reported', async () => {
      const peers = new Set(ranked.filter((f) => f.metric === rankedFact.metric && f.period === rankedFact.period).map((f) => f.entity));
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const points = shadow(el).querySelectorAll('.ranking .point');
      expect(points.length).to.equal(peers.size);
      const highlighted = [...points].filter((p) => p.getAttribute('aria-label')!.includes('highlighted'));
      expect(highlighted).to.have.length(1);
      expect(highlighted[0].getAttribute('aria-label')).to.contain(entity(rankedFact.entity).name_en);
      expect(text(el, '.ranking .context-label')).to.contain(`${peers.size} of 18 cities reported`);
    });

    test('a place with several periods gets a trend line with one point per period', async () => {
      const [first] = trend;
      const el = await card({ city: first.entity, metric: first.metric, lang: 'en' });
      const points = shadow(el).querySelectorAll('.trend .point');
      expect(points.length).to.equal(new Set(trend.map((f) => f.period)).size);
      for (const f of trend) expect([...points].some((p) => p.getAttribute('aria-label')!.includes(f.period.replace('-', '–')))).to.equal(true);
    });

    test('its trend joins only figures about the subject it shows (never two hospitals as a change)', async () => {
      const byPlace = new Map<string, typeof data.facts>();
      for (const f of data.facts) byPlace.set(`${f.entity}|${f.metric}`, [...(byPlace.get(`${f.entity}|${f.metric}`) ?? []), f]);
      const mixedSubjects = [...byPlace.values()].filter((facts) => new Set(facts.map((f) => f.subject ?? '')).size > 1);
      expect(mixedSubjects.length).to.be.greaterThan(0);
      for (const facts of mixedSubjects) {
        for (const fact of facts) {
          const el = await card({ city: fact.entity, metric: fact.metric, period: fact.period, lang: 'en' });
          const shownSubject = facts.find((f) => f.period === fact.period && closeTo(parseDisplayed(text(el, '.value .number')), f.value))?.subject ?? '';
          for (const point of shadow(el).querySelectorAll('.trend .point')) {
            const value = parseDisplayed(point.getAttribute('aria-label')!.split(': ')[1]);
            expect(facts.some((f) => (f.subject ?? '') === shownSubject && closeTo(value, f.value)), point.getAttribute('aria-label')!).to.equal(true);
          }
        }
      }
    });

    test('a figure about one named project says so in its summary and is not ranked against whole places', async () => {
      const level = (id: string) => entity(id).level;
      const named = data.facts.filter((f) => f.subject && f.status === 'actual');
      expect(named.length).to.be.greaterThan(0);
      for (const fact of named) {
        const el = await card({ city: fact.entity, metric: fact.metric, period: fact.period, lang: 'en' });
        if (text(el, '.subject') !== fact.subject_en) continue; // another subject is shown for this period
        expect(text(el, '.summary'), fact.id).to.contain(fact.subject_en!);
        const others = data.facts.some((g) => g.metric === fact.metric && g.period === fact.period && g.entity !== fact.entity && g.status === 'actual' && level(g.entity) === level(fact.entity));
        if (others) expect(shadow(el).querySelector('.ranking'), `${fact.id} ranked`).to.equal(null);
      }
    });

    test('the subject attribute shows any named project\'s figure, by its English or Chinese name', async () => {
      const named = data.facts.filter((f) => f.subject);
      expect(named.length).to.be.greaterThan(0);
      for (const [i, fact] of named.entries()) {
        const subject = i % 2 ? fact.subject! : fact.subject_en!;
        const el = await card({ city: fact.entity, metric: fact.metric, period: fact.period, subject, lang: 'en' });
        expect(shadow(el).querySelector('[role="alert"]'), fact.id).to.equal(null);
        const shown = data.facts.filter((f) => f.entity === fact.entity && f.metric === fact.metric && f.period === fact.period && f.subject === fact.subject);
        expect(shown.some((f) => closeTo(parseDisplayed(text(el, '.value .number')), f.value)), `${fact.id}: ${text(el, '.value .number')}`).to.equal(true);
        expect(text(el, '.subject')).to.equal(fact.subject_en);
      }
    });

    test('a note several places share names them once, with their period once', async () => {
      const results = data.facts.filter((f) => f.status === 'actual' && !f.subject);
      const shared = results.find((f) => f.note && results.some((g) => g.entity !== f.entity && g.metric === f.metric && g.period === f.period && g.note === f.note && entity(g.entity).level === entity(f.entity).level))!;
      expect(shared, 'two places of one level sharing a note').to.not.equal(undefined);
      const el = await card({ city: shared.entity, metric: shared.metric, period: shared.period, lang: 'en' });
      const item = [...shadow(el).querySelectorAll('.footnotes li')].find((li) => li.querySelector(':scope > span')!.textContent === shared.note)!;
      const label = item.textContent!.slice(0, item.textContent!.indexOf(shared.note!));
      expect(label.split(shared.period).length - 1, label).to.equal(1);
    });

    test('in Chinese, a qualified value reads "超过7万人", not "为超过7万人"', async () => {
      const qualified = data.facts.filter((f) => f.qualifier && f.status === 'actual').slice(0, 10);
      expect(qualified.length).to.be.greaterThan(0);
      for (const fact of qualified) {
        const el = await card({ city: fact.entity, metric: fact.metric, period: fact.period, lang: 'zh-CN' });
        expect(text(el, '.summary'), fact.id).to.not.match(/为(超过|不少于|不超过|近|约|不足)/);
      }
    });

    test('a target or plan is labelled as such, drawn differently, and never read as a result', async () => {
      const el = await card({ city: plan.entity, metric: plan.metric, period: plan.period, lang: 'en' });
      const value = shadow(el).querySelector('.value')!;
      expect(value.classList.contains(plan.status)).to.equal(true);
      expect(text(el, '.value .status')).to.equal(plan.status === 'target' ? 'Target' : 'Plan');
      expect(getComputedStyle(shadow(el).querySelector('.value .number')!).borderTopStyle).to.equal('dashed');
      expect(text(el, '.summary')).to.contain('not a result');
      expect(closeTo(parseDisplayed(text(el, '.value .number')), plan.value)).to.equal(true);
    });

    test('the source line names the document and the quote is one click away, marked as Chinese', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const source = data.sources.find((s) => s.id === rankedFact.source)!;
      expect(text(el, '.source')).to.contain(`Source: ${source.title_en}`);
      expect(shadow(el).querySelector('blockquote')!.getClientRects().length, 'hidden until asked for').to.equal(0);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="quote-toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      const quote = shadow(el).querySelector('blockquote')!;
      expect(quote.getClientRects().length).to.be.greaterThan(0);
      expect(quote.getAttribute('lang')).to.equal('zh-CN');
      // Verbatim: the same text, its line breaks (the seed's page layout) aside.
      expect(withoutLayout(quote.textContent!)).to.equal(withoutLayout(rankedFact.quote));
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    test('a target or plan in the trend says so under its point, not only by its hollow marker', async () => {
      const groups = new Map<string, Fact[]>();
      for (const f of data.facts) if (!f.subject) groups.set(`${f.entity}|${f.metric}`, [...(groups.get(`${f.entity}|${f.metric}`) ?? []), f]);
      const mixed = [...groups.values()].filter((g) => g.some((f) => f.status === 'actual') && g.some((f) => f.status !== 'actual') && new Set(g.map((f) => `${f.period}|${f.status}`)).size > 1);
      expect(mixed.length, 'places with a result and a target or plan for one indicator').to.be.greaterThan(0);
      for (const facts of mixed.slice(0, 5)) {
        const el = await card({ city: facts[0].entity, metric: facts[0].metric, lang: 'en' });
        const labels = [...shadow(el).querySelectorAll('.trend svg text')].map((t) => t.textContent!.replace(/\s+/g, ' '));
        for (const f of facts.filter((g) => g.status !== 'actual')) {
          const word = f.status === 'target' ? 'Target' : 'Plan';
          expect(labels.some((l) => l.includes(f.period.replace('-', '–')) && l.includes(word)), `${f.id}: ${labels.join(' | ')}`).to.equal(true);
        }
      }
    });

    test('in Chinese at 320 px the status and period stay on one line ("实际 2020年", never "2020 / 年")', async () => {
      const documents = [...new Map(data.facts.map((f) => [f.source, f])).values()];
      for (const fact of [...documents, ...ranked.slice(0, 10)]) {
        const el = await mountElement<CityMetricCard>('city-metric-card', { city: fact.entity, metric: fact.metric, period: fact.period, lang: 'zh-CN' }, 320);
        const when = shadow(el).querySelector('.source .when')!;
        expect(when.getClientRects().length, `${fact.id}: "${when.textContent}"`).to.equal(1);
      }
    });

    test("the quote reads as text: a seed's line break inside a Chinese word is not shown as a space", async () => {
      const BROKEN = /([\u4e00-\u9fff])\s*\n\s*([\u4e00-\u9fff])/;
      const only = (f: Fact) => !data.facts.some((g) => g !== f && g.entity === f.entity && g.metric === f.metric && g.period === f.period);
      const broken = data.facts.filter((f) => BROKEN.test(f.quote) && f.status === 'actual' && only(f)).slice(0, 5);
      expect(broken.length, 'quotes with a line break inside a word').to.be.greaterThan(0);
      for (const fact of broken) {
        const el = await card({ city: fact.entity, metric: fact.metric, period: fact.period, lang: 'zh-CN' });
        const quote = shadow(el).querySelector('blockquote')!.textContent!;
        expect(withoutLayout(quote), fact.id).to.equal(withoutLayout(fact.quote));
        const [, before, after] = BROKEN.exec(fact.quote)!;
        expect(quote, fact.id).to.not.match(new RegExp(`${before}\\s+${after}`));
      }
    });

    test('the data table lists every value drawn, with period, status and source', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      toggle.click();
      await el.updateComplete;
      const rows = shadow(el).querySelectorAll('table tbody tr');
      expect(rows.length).to.equal(shadow(el).querySelectorAll('.ranking .point').length);
      for (const row of rows) {
        const cells = [...row.children].map((c) => c.textContent!.trim());
        const fact = ranked.find((f) => f.metric === rankedFact.metric && f.period === rankedFact.period && entity(f.entity).name_en === cells[0].replace(' (highlighted)', ''))!;
        expect(closeTo(parseDisplayed(cells[1]), fact.value), cells.join(' | ')).to.equal(true);
        expect(cells[2]).to.equal(fact.period);
        expect(cells[3]).to.equal('Actual');
      }
      expect(shadow(el).querySelector('table caption')).to.not.equal(null);
      // The highlighted place's row says so in words (a star would be read as "black star").
      const marked = [...rows].filter((r) => r.children[0].textContent!.endsWith('(highlighted)'));
      expect(marked).to.have.length(1);
      expect(marked[0].children[0].textContent).to.contain(entity(rankedFact.entity).name_en);
      // Each heading stands over its column as its cells do: numbers to the end, words to the start.
      const headings = [...shadow(el).querySelectorAll('thead th')];
      headings.forEach((th, i) => expect(getComputedStyle(th).textAlign, th.textContent!).to.equal(getComputedStyle(rows[0].children[i]).textAlign));
      expect(headings.some((th) => getComputedStyle(th).textAlign === 'end'), 'a column of numbers').to.equal(true);
    });
  });

  suite('narrow', () => {
    test('at 280 px every name and value stays inside the chart', async () => {
      for (const lang of ['en', 'zh-CN']) {
        const el = await mountElement<CityMetricCard>('city-metric-card', { city: rankedFact.entity, metric: rankedFact.metric, lang }, 280);
        const chart = shadow(el).querySelector<SVGSVGElement>('.ranking svg')!;
        const width = chart.viewBox.baseVal.width;
        for (const label of chart.querySelectorAll<SVGTextElement>('text')) {
          const box = label.getBBox();
          expect(box.x, label.textContent!).to.be.at.least(0);
          expect(box.x + box.width, `${label.textContent} in ${width}`).to.be.at.most(width);
        }
        // Each row still shows its value, after the name.
        for (const point of chart.querySelectorAll('.point')) expect(point.querySelector('.value')!.textContent).to.not.equal('');
      }
    });
  });

  suite('not reported', () => {
    test('says "Not reported", never a zero, and lists who did report', async () => {
      const el = await card({ city: absent.city, metric: absent.metric, lang: 'en' });
      expect(text(el, '.value')).to.equal('Not reported');
      expect(shadow(el).querySelector('.value .number')).to.equal(null);
      const listed = [...shadow(el).querySelectorAll('.reporters li')].map((li) => li.textContent!);
      expect(listed).to.have.length(absent.reporters.length);
      for (const id of absent.reporters) expect(listed.some((l) => l.startsWith(entity(id).name_en))).to.equal(true);
    });

    test('in Chinese, the list of who did report uses Chinese punctuation (：and （）)', async () => {
      const el = await card({ city: absent.city, metric: absent.metric, lang: 'zh-CN' });
      const listed = [...shadow(el).querySelectorAll('.reporters li')].map((li) => li.textContent!.trim());
      expect(listed).to.have.length(absent.reporters.length);
      for (const line of listed) expect(line, line).to.match(/^[^:()]+：[^:()]+（[^()]+）$/);
    });

    test('its fallback content (for the embed builder) says so and lists who did report', async () => {
      const el = await card({ city: absent.city, metric: absent.metric, lang: 'en' });
      const fallback = document.createElement('div');
      fallback.innerHTML = el.fallbackHTML();
      expect(fallback.textContent).to.contain(text(el, '.summary'));
      expect(fallback.querySelectorAll('tbody tr')).to.have.length(absent.reporters.length);
    });
  });

  suite('keyboard', () => {
    test('the ranking is one tab stop and the arrow keys visit every bar in order, Home and End jump', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const points = [...shadow(el).querySelectorAll<SVGElement>('.ranking .point')];
      expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
      points.find((p) => p.getAttribute('tabindex') === '0')!.focus();
      const visited = [shadow(el).activeElement!.getAttribute('aria-label')];
      for (let i = 1; i < points.length; i++) {
        await sendKeys({ press: 'ArrowDown' });
        visited.push(shadow(el).activeElement!.getAttribute('aria-label'));
      }
      expect(visited).to.deep.equal(points.map((p) => p.getAttribute('aria-label')));
      await sendKeys({ press: 'Home' });
      expect(shadow(el).activeElement).to.equal(points[0]);
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(points.at(-1));
      for (const label of visited) expect(label).to.match(/: .+, \d{4}.*, Actual; Rank \d+ of \d+/);
    });

    test('Tab reaches the chart once (its active point), then the buttons; Shift+Tab comes back to the point', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const describe = (node: Element) => (node.localName === 'button' ? `button:${node.getAttribute('part')}` : `${node.localName}.${node.getAttribute('class')}`);
      // One stop per chart (its active point, ranking then trend if drawn), then the two buttons.
      const expected = [...shadow(el).querySelectorAll('.point[tabindex="0"]')].map(describe).concat('button:quote-toggle', 'button:table-toggle');
      expect(expected.length).to.be.at.least(3);
      const stops: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(describe(shadow(el).activeElement!));
      }
      expect(stops).to.deep.equal(expected);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement!.classList.contains('point')).to.equal(true);
      before.remove();
    });

    test('Escape leaves the points for the chart, which stays focused and named', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      shadow(el).querySelector<SVGElement>('.ranking .point[tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      const active = shadow(el).activeElement!;
      expect(active.localName).to.equal('svg');
      expect(active.closest('.ranking')).to.not.equal(null);
      expect(shadow(el).getElementById(active.getAttribute('aria-labelledby')!)!.textContent).to.contain(metric(rankedFact.metric).label_en);
      // An arrow key from the chart comes back to the point that was active.
      const second = shadow(el).querySelectorAll('.ranking .point')[1];
      await sendKeys({ press: 'ArrowUp' });
      expect(shadow(el).activeElement).to.equal(second);
    });

    test('after Escape, Tab moves on past the chart (not back into its points), and the chart keeps its tab stop for next time', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const chart = shadow(el).querySelector('.ranking svg')!;
      shadow(el).querySelector<SVGElement>('.ranking .point[tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      expect(shadow(el).activeElement).to.equal(chart);
      await sendKeys({ press: 'Tab' });
      expect(chart.contains(shadow(el).activeElement), `Tab went to ${shadow(el).activeElement?.outerHTML.slice(0, 60)}`).to.equal(false);
      // Coming back with Shift+Tab lands on the point that was active.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelectorAll('.ranking .point')[1]);
    });
  });

  suite('attributes', () => {
    test('changing city, metric or period re-renders with the new value', async () => {
      const [a, b] = ranked.filter((f) => f.metric === rankedFact.metric && f.period === rankedFact.period && f.value !== rankedFact.value);
      const el = await card({ city: a.entity, metric: a.metric, lang: 'en' });
      expect(closeTo(parseDisplayed(text(el, '.value .number')), a.value)).to.equal(true);
      el.city = b.entity;
      await el.updateComplete;
      expect(closeTo(parseDisplayed(text(el, '.value .number')), b.value)).to.equal(true);
      expect(el.getAttribute('city')).to.equal(b.entity);
    });

    test('city accepts the Chinese and the English name', async () => {
      for (const name of [entity(rankedFact.entity).name_zh, entity(rankedFact.entity).name_en]) {
        const el = await card({ city: name, metric: rankedFact.metric, lang: 'en' });
        expect(closeTo(parseDisplayed(text(el, '.value .number')), rankedFact.value), name).to.equal(true);
      }
    });

    test('language comes from the nearest ancestor, and unknown languages fall back to English', async () => {
      const wrapper = await mount<HTMLDivElement>(html`<div lang="zh-CN"><city-metric-card city=${rankedFact.entity} metric=${rankedFact.metric}></city-metric-card></div>`);
      const el = wrapper.querySelector('city-metric-card')!;
      await el.updateComplete;
      expect(text(el, '.title')).to.contain(entity(rankedFact.entity).name_zh);
      wrapper.setAttribute('lang', 'fr');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el, '.title')).to.contain(entity(rankedFact.entity).name_en);
    });
  });

  suite('bad input', () => {
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['an unknown city', { city: 'atlantis', metric: 'fever-clinics' }, /no place called "atlantis"/],
      ['an unknown metric', { city: 'kaifeng', metric: 'happiness' }, /no indicator "happiness"/],
      ['a missing city', { metric: 'fever-clinics' }, /"city" attribute is missing/],
      ['a missing metric', { city: 'kaifeng' }, /"metric" attribute is missing/],
      ['a period the data lacks', { city: rankedFact.entity, metric: rankedFact.metric, period: '1999' }, /no figures for .* in "1999"/],
      ['a subject the place did not report', { city: rankedFact.entity, metric: rankedFact.metric, subject: 'Atlantis Hospital' }, /no figure for .* about "Atlantis Hospital"[\s\S]*leave "subject" out/],
      ['a project the place did not name', { city: 'nanyang', metric: 'hospital-construction-funds', subject: 'Atlantis Hospital' }, /about "Atlantis Hospital"[\s\S]*Nanyang Central Hospital/],
    ];
    for (const [name, attrs, message] of cases) {
      test(`${name}: a visible alert with valid values, one warning, no exception, then recovery`, async () => {
        let el!: CityMetricCard;
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const warnings = await captureWarnings(async () => {
          el = await card({ ...attrs, lang: 'en' });
          el.requestUpdate();
          await el.updateComplete;
        });
        window.removeEventListener('error', onError);
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent).to.match(message);
        expect(alert.querySelectorAll('li').length).to.be.greaterThan(0);
        expect(warnings).to.have.length(1);
        expect(errors).to.deep.equal([]);
        expect(shadow(el).querySelector('.value')).to.equal(null);
        await expectAccessible(el);

        el.setAttribute('city', rankedFact.entity);
        el.setAttribute('metric', rankedFact.metric);
        el.removeAttribute('period');
        el.removeAttribute('subject');
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
        expect(closeTo(parseDisplayed(text(el, '.value .number')), rankedFact.value)).to.equal(true);
      });
    }

    test('never shows the previous city\'s numbers after a bad city', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const before = text(el, '.value .number');
      expect(before).to.not.equal('');
      await captureWarnings(async () => {
        el.city = 'nowhere';
        await el.updateComplete;
      });
      expect(shadow(el).querySelector('.value')).to.equal(null);
      expect(shadow(el).textContent).to.not.contain(before);
    });

    test('attribute text is never interpreted as markup', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      let el!: CityMetricCard;
      await captureWarnings(async () => {
        el = await card({ city: evil, metric: 'fever-clinics', lang: 'en' });
      });
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(evil);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  suite('layout', () => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    /** A card in a page column styled `column` (its width), rendered. */
    const cardIn = async (column: string, attrs: Record<string, string>) => {
      const container = await mount<HTMLDivElement>(html`<div style=${column}></div>`);
      const el = document.createElement('city-metric-card');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      container.append(el);
      await el.updateComplete;
      return el;
    };

    test('its height does not change after the first render (no layout shift)', async () => {
      for (const width of [320, 900]) {
        const container = await mount<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        const el = document.createElement('city-metric-card');
        el.setAttribute('city', rankedFact.entity);
        el.setAttribute('metric', rankedFact.metric);
        container.append(el);
        await el.updateComplete;
        const first = el.getBoundingClientRect().height;
        await frames();
        await el.updateComplete;
        expect(el.getBoundingClientRect().height, `at ${width}px`).to.equal(first);
      }
    });

    test('at 320 CSS px nothing overflows sideways', async () => {
      for (const attrs of [
        { city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' },
        { city: rankedFact.entity, metric: rankedFact.metric, lang: 'zh-CN' },
        { city: trend[0].entity, metric: trend[0].metric, lang: 'en' },
      ]) {
        const el = await cardIn(`width:320px`, attrs);
        await frames();
        await el.updateComplete;
        const box = el.getBoundingClientRect();
        expect(box.width).to.be.at.most(320);
        for (const node of shadow(el).querySelectorAll('svg, p, button')) {
          expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(box.right + 0.5);
        }
      }
    });

    /** Every chart label inside the card's content box (left and right). */
    const expectLabelsInside = (el: Element, where: string) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const labels = [...shadow(el).querySelectorAll('svg text')];
      expect(labels.length, `${where}: labels drawn`).to.be.greaterThan(1);
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        expect(r.left, `${where}: "${label.textContent}" starts inside`).to.be.at.least(left - 0.5);
        expect(r.right, `${where}: "${label.textContent}" ends inside`).to.be.at.most(right + 0.5);
      }
    };

    test('printed, a chart wider than paper is drawn PRINT_WIDTH wide (labels at their size), the content can break across pages, and the screen width returns after', async () => {
      const el = await cardIn(`width:1200px`, { city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const chartWidth = () => Number(shadow(el).querySelector('svg[part="chart"]')!.getAttribute('width'));
      const onScreen = chartWidth();
      expect(onScreen).to.be.greaterThan(PRINT_WIDTH);
      // A page's own Print button: window.print() fires beforeprint and lays out for paper before it returns.
      let whilePrinting = 0;
      addEventListener('beforeprint', () => (whilePrinting = chartWidth()), { once: true });
      window.print();
      expect(whilePrinting, 'drawn for paper while window.print() runs').to.equal(PRINT_WIDTH);
      // Headless Chromium prints without a dialog and fires no afterprint: the test ends the print.
      window.dispatchEvent(new Event('afterprint'));
      expect(chartWidth(), 'and for the screen after').to.equal(onScreen);
      try {
        await executeServerCommand('emulate-media-features', { media: 'print' });
        window.dispatchEvent(new Event('beforeprint'));
        expect(chartWidth()).to.equal(PRINT_WIDTH);
        // An inline-block cannot break across pages: printed, the content is a block.
        expect(getComputedStyle(shadow(el).querySelector('.content')!).display).to.equal('block');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await executeServerCommand('emulate-media-features', {});
      }
      await el.updateComplete;
      expect(chartWidth()).to.equal(onScreen);
    });

    test('every chart label, the bold highlighted name included, stays inside the card (900 px, each reporter highlighted)', async () => {
      for (const fact of ranked.filter((f) => f.metric === rankedFact.metric && f.period === rankedFact.period)) {
        const el = await cardIn(`width:900px`, { city: fact.entity, metric: fact.metric, lang: 'en' });
        expectLabelsInside(el, fact.entity);
      }
    });

    test("a reader's larger text grows the chart labels with it (13, 12 and 11 px at 16), and they still fit without overlapping", async () => {
      // A ranking and a trend (the target's label: see city-ranking's tests).
      const cases = [rankedFact, trend[0]].map((f) => ({ city: f.entity, metric: f.metric, period: f.period }));
      for (const [size, width, lang] of [[16, 640, 'en'], [24, 480, 'zh-CN'], [32, 640, 'en'], [32, 320, 'en'], [32, 320, 'zh-CN']] as const) {
        for (const attrs of cases) {
          const el = await cardIn(`width:${width}px; --hhw-font-size:${size}px`, { ...attrs, lang });
          const where = `${attrs.city} ${attrs.metric} at ${size}px, ${width}px, ${lang}`;
          const sizes = (selector: string) => [...shadow(el).querySelectorAll(`svg ${selector}`)].map((node) => parseFloat(getComputedStyle(node).fontSize));
          for (const [selector, px] of [['text.label', 13], ['text.value', 12], ['text.value-label', 12], ['text.axis-label', 11]] as const) {
            for (const shown of sizes(selector)) expect(shown, `${where}: ${selector}`).to.be.closeTo((px * size) / 16, 0.01);
          }
          expectLabelsInside(el, where);
          // Every point keeps its value label, over the point or listed under the chart.
          const points = shadow(el).querySelectorAll('.trend .point');
          for (const point of points) expect(point.querySelector('text.value-label')?.textContent?.trim() ?? '', `${where}: a value label`).to.have.length.above(0);
          const boxes = [...shadow(el).querySelectorAll('svg text')].map((node) => [node.textContent, node.getBoundingClientRect()] as const);
          for (const [i, [a, boxA]] of boxes.entries()) {
            for (const [b, boxB] of boxes.slice(i + 1)) expect(boxesOverlap(boxA, boxB), `${where}: "${a}" and "${b}" overlap`).to.equal(false);
          }
        }
      }
    });

    suite("a reader's text spacing (WCAG 1.4.12)", () => {
      const READER = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }';
      const withStyle = (css: string) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        return style;
      };
      test('reaches every text, buttons included, and every chart label stays inside the card, at 320 and 900 px, en and zh-CN', async () => {
        const style = withStyle(READER);
        try {
          for (const width of [320, 900]) {
            for (const lang of ['en', 'zh-CN']) {
              const el = await cardIn(`width:${width}px`, { city: rankedFact.entity, metric: rankedFact.metric, lang });
              const em = parseFloat(getComputedStyle(el).fontSize);
              for (const selector of ['.title', '.summary', 'svg text', 'button']) {
                const node = shadow(el).querySelector(selector)!;
                expect(parseFloat(getComputedStyle(node).letterSpacing), `${selector} letter-spacing`).to.be.closeTo(0.12 * em, 0.01);
                expect(parseFloat(getComputedStyle(node).wordSpacing), `${selector} word-spacing`).to.be.closeTo(0.16 * em, 0.01);
              }
              expectLabelsInside(el, `${width}px ${lang}`);
            }
          }
        } finally {
          style.remove();
        }
      });

      test('every ranking a card draws keeps its names and values inside the card at 320 px, with this spacing or at 32 px text, en and zh-CN', async function () {
        this.timeout(120000);
        // One card per ranking (metric and period); the longest values ("more than 2.71 million people") are the test.
        const rankings = [...new Map(ranked.map((f) => [`${f.metric}|${f.period}`, f])).values()];
        for (const [setting, mountIn] of [
          ['spacing', (attrs: Record<string, string>) => cardIn('width:320px', attrs)],
          ['32px text', (attrs: Record<string, string>) => atTextSize(32, () => cardIn('width:320px', attrs))],
        ] as const) {
          const style = setting === 'spacing' ? withStyle(READER) : undefined;
          try {
            for (const fact of rankings) {
              for (const lang of ['en', 'zh-CN']) {
                const el = await mountIn({ city: fact.entity, metric: fact.metric, period: fact.period, lang });
                expectLabelsInside(el, `${fact.id}, ${setting}, ${lang}`);
              }
            }
          } finally {
            style?.remove();
          }
        }
      });

      test('applied after the card is drawn, the labels are placed again', async () => {
        const el = await cardIn(`width:900px`, { city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
        await frames();
        const style = withStyle(READER.replace(/0\.12em/, '0.3em'));
        try {
          // Observed after a layout, drawn in the frame after.
          await frames();
          await frames();
          await el.updateComplete;
          expectLabelsInside(el, 'after load');
        } finally {
          style.remove();
        }
      });

      test("a page's own spacing, inherited from its body, does not reach inside", async () => {
        const el = await cardIn(`width:600px; letter-spacing: 4px; word-spacing: 9px`, { city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
        const title = getComputedStyle(shadow(el).querySelector('.title')!);
        expect(title.letterSpacing).to.equal('normal');
        expect(parseFloat(title.wordSpacing) || 0).to.equal(0);
      });
    });
  });

  suite('accessibility', () => {
    const states: Array<[string, Record<string, string>]> = [
      ['ranked', { city: rankedFact.entity, metric: rankedFact.metric }],
      ['trend', { city: trend[0].entity, metric: trend[0].metric }],
      ['target or plan', { city: plan.entity, metric: plan.metric, period: plan.period }],
      ['not reported', { city: absent.city, metric: absent.metric }],
      ['error', { city: 'atlantis', metric: 'fever-clinics' }],
    ];
    for (const [name, attrs] of states) {
      for (const lang of ['en', 'zh-CN']) {
        for (const theme of ['light', 'dark']) {
          test(`axe finds no violation: ${name}, ${lang}, ${theme}`, async () => {
            let el!: CityMetricCard;
            await captureWarnings(async () => {
              el = await card({ ...attrs, lang, theme });
            });
            await expectAccessible(el);
            // With the table and quote open too.
            for (const button of shadow(el).querySelectorAll<HTMLButtonElement>('button')) button.click();
            await el.updateComplete;
            await expectAccessible(el);
          });
        }
      }
    }

    test('a point is named once: its hover <title> sits on the bar, where it cannot become the point\'s description too', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const points = [...shadow(el).querySelectorAll('.ranking .point')];
      expect(points.length).to.be.greaterThan(1);
      for (const point of points) {
        expect(point.querySelector(':scope > title'), point.getAttribute('aria-label')!).to.equal(null);
        expect(point.querySelector('.bar > title')!.textContent).to.equal(point.getAttribute('aria-label'));
        expect(point.querySelector('.bar')!.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    test('keyboard instructions are only a chart\'s description, never read as a paragraph of their own', async () => {
      const states: Record<string, string>[] = [{ city: rankedFact.entity, metric: rankedFact.metric }, { city: plan.entity, metric: plan.metric, period: plan.period }];
      for (const attrs of states) {
        const el = await card({ ...attrs, lang: 'en' });
        const instructions = shadow(el).querySelector<HTMLElement>('[id$="-instructions"]')!;
        expect(instructions.hidden).to.equal(true);
        const charts = [...shadow(el).querySelectorAll('svg[aria-describedby]')];
        for (const chart of charts) expect(chart.getAttribute('aria-describedby')).to.equal(instructions.id);
      }
    });

    test('the content says its own language: an unsupported lang falls back to English and is marked en', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'fr' });
      expect(text(el, '.title')).to.contain(entity(rankedFact.entity).name_en);
      expect(shadow(el).querySelector('figure')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      const zh = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'zh-CN' });
      expect(shadow(zh).querySelector('figure')!.closest('[lang]')!.getAttribute('lang')).to.equal('zh-CN');
    });

    test('Chinese names in an English error are marked lang="zh-CN"', async () => {
      let el!: CityMetricCard;
      await captureWarnings(async () => {
        el = await card({ city: 'atlantis', metric: 'fever-clinics', lang: 'en' });
      });
      const codes = [...shadow(el).querySelectorAll('.error code')];
      expect(codes.length).to.be.greaterThan(0);
      for (const code of codes) {
        const unmarked = [...code.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
        expect(unmarked, code.textContent!).to.not.match(/[\u3000-\u9fff]/);
        expect(code.querySelector('[lang="zh-CN"]')!.textContent).to.match(/[\u3000-\u9fff]/);
      }
      expectChineseMarked(el);
    });

    suite('forced colours and print win over the theme', () => {
      teardown(() => executeServerCommand('emulate-media-features', {}));
      const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();
      /** Relative luminance of an rgb() colour (WCAG). */
      const luminance = (rgb: string) => {
        const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };

      test('forced colours use system colours whatever the theme or colour scheme', async () => {
        for (const scheme of ['light', 'dark']) {
          await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: scheme }] });
          for (const theme of ['', 'light', 'dark']) {
            const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en', ...(theme ? { theme } : {}) });
            expect([token(el, '--_bar'), token(el, '--_focus'), token(el, '--_target')], `${scheme} ${theme}`).to.deep.equal(['CanvasText', 'Highlight', 'CanvasText']);
          }
        }
      });

      test('on paper every card prints dark on white whatever its theme, and the quote button is not printed', async () => {
        await executeServerCommand('emulate-media-features', { media: 'print', features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
        const printed: string[][] = [];
        for (const theme of ['', 'light', 'dark']) {
          const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en', ...(theme ? { theme } : {}) });
          printed.push(['--_text', '--_bg', '--_bar', '--_muted'].map((name) => token(el, name)));
          const style = getComputedStyle(el);
          expect(luminance(style.color), theme).to.be.lessThan(luminance(style.backgroundColor));
          expect(shadow(el).querySelector<HTMLElement>('[part="quote-toggle"]')!.getClientRects().length).to.equal(0);
          // The verbatim quote prints without being opened: paper has no button.
          const quote = shadow(el).querySelector('blockquote')!;
          expect(quote.getClientRects().length, 'the quote printed').to.be.greaterThan(0);
          expect(withoutLayout(quote.textContent!)).to.equal(withoutLayout(rankedFact.quote));
        }
        expect(printed[1]).to.deep.equal(printed[0]);
        expect(printed[2]).to.deep.equal(printed[0]);
      });
    });

    test('the figure is named by its title and described by the summary', async () => {
      const el = await card({ city: rankedFact.entity, metric: rankedFact.metric, lang: 'en' });
      const figure = shadow(el).querySelector('figure')!;
      expect(shadow(el).getElementById(figure.getAttribute('aria-labelledby')!)!.textContent).to.contain(entity(rankedFact.entity).name_en);
      expect(shadow(el).getElementById(figure.getAttribute('aria-describedby')!)!.classList.contains('summary')).to.equal(true);
    });
  });
});
