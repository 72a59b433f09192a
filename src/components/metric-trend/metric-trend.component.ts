import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartElement, type ErrorModel } from '../../chart/chart-element.js';
import type { Problem } from '../../chart/error-view.js';
import { dataTable, tableToggle, type TableModel } from '../../chart/data-table.js';
import { factTable, metricLabel, placeName, subjectName, trendPoints, valueText } from '../../chart/fact-rows.js';
import { sourceNote, sourcesBeyond } from '../../chart/source-note.js';
import { markChinese } from '../../chart/mark-chinese.js';
import { definitionNotes, footnoteList, type Footnote } from '../../chart/footnotes.js';
import { trendChart } from '../../chart/trend-chart.js';
import { KeyboardNavigationController } from '../../controllers/keyboard-navigation.js';
import { allMetricIds, entitiesAt, factsFor, findEntity, getMetric, getSource, metricIdsOf } from '../../data/dataset.js';
import { mainFact, onePerEntity, preferred, subjectNames } from '../../data/select.js';
import type { Entity, Fact, Metric } from '../../data/types.js';
import { formatPeriod } from '../../core/format.js';
import type { Lang } from '../../i18n/strings.js';

const VALID_SHOWN = 6;

type TrendModel =
  | { kind: 'not-reported'; entity: Entity; metric: Metric; reporters: Fact[]; notes: Footnote[] }
  | { kind: 'trend'; entity: Entity; metric: Metric; facts: Fact[]; summary: string; notes: Footnote[]; table: TableModel };

/**
 * One place's indicator across the periods the dataset has: results as a
 * solid line, targets and plans dashed, hollow and labelled, every point
 * focusable. With a single period it says so and shows that value.
 *
 * @tagname metric-trend
 * @summary One place's indicator over time.
 *
 * @attr city - Place id, Chinese or English name.
 * @attr metric - Metric id.
 * @attr subject - Optional: the named project whose figures to draw (Chinese or English name), when a place reports several.
 * @attr lang - `zh-CN` or `en`; defaults to the nearest ancestor's `lang`, then English.
 * @attr theme - `light` or `dark`; unset follows the reader's colour scheme.
 *
 * @csspart figure - The chart's figure.
 * @csspart title - The chart's title.
 * @csspart summary - The summary sentence.
 * @csspart chart - The SVG chart.
 * @csspart point - Each focusable point.
 * @csspart footnotes - What figures cover, in the curators' notes.
 * @csspart source - The source line.
 * @csspart quote - The verbatim quote.
 * @csspart quote-toggle - The button showing the quote.
 * @csspart sources - The documents the chart draws from, when more than the latest value's own.
 * @csspart table-toggle - The button showing the data table.
 * @csspart table - The data table's scroll region.
 * @csspart error - The error message.
 */
export class MetricTrend extends ChartElement<TrendModel> {
  /** Place id, Chinese or English name. */
  @property({ reflect: true }) city?: string;

  /** Metric id. */
  @property({ reflect: true }) metric?: string;

  /** The named project whose figures to draw (Chinese or English name); the one a card shows when unset. */
  @property({ reflect: true }) subject?: string;

  /** @internal */
  private readonly nav = new KeyboardNavigationController(this, () => [...this.renderRoot.querySelectorAll<SVGElement>('.point')]);

  /** @internal */
  protected readonly inputs = ['city', 'metric', 'subject'] as const;

  protected programsNeeded(): string[] {
    return this.programOfMetricAttribute(this.metric);
  }

  protected buildModel(lang: Lang): TrendModel | ErrorModel {
    const t = this.t;
    const cities = (): Pick<Problem, 'valid' | 'more'> => ({ valid: entitiesAt('prefecture').slice(0, VALID_SHOWN).map((e) => `${e.id} (${e.name_zh} · ${e.name_en})`), more: 12 });
    const metrics = (ids: string[]): Pick<Problem, 'valid' | 'more'> => ({ valid: ids.slice(0, VALID_SHOWN), more: Math.max(0, ids.length - VALID_SHOWN) });
    if (!this.city?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('city'), ...cities() } };
    if (!this.metric?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('metric'), ...metrics(allMetricIds()) } };
    const entity = findEntity(this.city);
    if (!entity) return { kind: 'error', problem: { message: t.errors.unknownCity(this.city), ...cities() } };
    const metric = getMetric(this.metric.trim());
    if (!metric) return { kind: 'error', problem: { message: t.errors.unknownMetric(this.metric), ...metrics(metricIdsOf(entity.id)) } };

    const all = factsFor(entity.id, metric.id);
    if (all.length === 0) {
      const reporters = onePerEntity(metric.id, {});
      return { kind: 'not-reported', entity, metric, reporters, notes: definitionNotes(reporters, t, lang, { withPeriod: true }) };
    }
    // One series: the figures about the subject a card shows (the whole place, else one named
    // project or hospital). Another subject's figures are never joined to them as a change.
    const main = mainFact(entity.id, metric.id, undefined, this.subject?.trim() || undefined);
    if (!main) {
      const subjects = subjectNames(all);
      return { kind: 'error', problem: { message: t.errors.unknownSubject(this.subject!.trim(), t.bracket(metricLabel(metric, lang), placeName(entity.id, lang))), valid: subjects.length ? subjects : [t.errors.noSubjects] } };
    }
    const subject = main.subject;
    const series = all.filter((f) => f.subject === subject);
    // One point per period and status: a result and a target for the same year are two points.
    const groups = new Map<string, Fact[]>();
    for (const f of series) groups.set(`${f.period}|${f.status}`, [...(groups.get(`${f.period}|${f.status}`) ?? []), f]);
    const facts = [...groups.values()].map((g) => preferred(g)!);
    const place = subject ? t.bracket(placeName(entity.id, lang), subjectName(main, lang)!) : placeName(entity.id, lang);
    const label = metricLabel(metric, lang);
    const fmt = (f: Fact) => valueText(f, metric, lang);
    const actual = facts.filter((f) => f.status === 'actual');
    const sentences: string[] = [];
    if (facts.length === 1) {
      sentences.push(t.trendSingle({ place, metric: label, value: fmt(facts[0]), period: formatPeriod(facts[0].period, lang), status: t.status[facts[0].status] }));
    } else {
      if (actual.length > 1) {
        const [first, last] = [actual[0], actual[actual.length - 1]];
        sentences.push(t.trendRange({ place, metric: label, from: fmt(first), fromPeriod: formatPeriod(first.period, lang), to: fmt(last), toPeriod: formatPeriod(last.period, lang) }));
      } else if (actual.length === 1) {
        sentences.push(t.summary.value({ place, metric: label, value: fmt(actual[0]), period: formatPeriod(actual[0].period, lang), status: 'actual' }));
      }
      // The first sentence names the indicator and place; a target or plan after it need not again.
      for (const f of facts.filter((x) => x.status !== 'actual')) {
        const period = formatPeriod(f.period, lang);
        const status = f.status as 'target' | 'plan';
        sentences.push(sentences.length ? t.summary.planned({ value: fmt(f), period, status }) : t.summary.value({ place, metric: label, value: fmt(f), period, status }));
      }
    }
    return {
      kind: 'trend',
      entity,
      metric,
      facts,
      summary: sentences.join(lang === 'zh-CN' ? '' : ' '),
      notes: definitionNotes(facts, t, lang, { withPeriod: true }),
      table: factTable(facts, metric, t, lang),
    };
  }

  protected renderModel(model: TrendModel) {
    const t = this.t;
    const lang = this.language.lang;
    const title = t.trendTitle(metricLabel(model.metric, lang), placeName(model.entity.id, lang));
    if (model.kind === 'not-reported') {
      return html`<figure part="figure" aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
        <p class="title" id="${this.idPrefix}-title" part="title">${title}</p>
        <p class="summary" id="${this.idPrefix}-summary" part="summary">${t.notReportedBy(placeName(model.entity.id, lang), metricLabel(model.metric, lang))}</p>
        ${model.reporters.length
          ? html`<p class="muted">${t.reportingList(model.reporters.length)}</p>
              <ul class="reporters">${model.reporters.map((f) => html`<li>${t.placeValue(placeName(f.entity, lang), t.bracket(valueText(f, model.metric, lang), formatPeriod(f.period, lang)))}</li>`)}</ul>`
          : html`<p class="muted">${t.noneReporting}</p>`}
        ${footnoteList(model.notes, t, lang)}
      </figure>`;
    }
    const latest = model.facts.filter((f) => f.status === 'actual').at(-1) ?? model.facts.at(-1)!;
    const points = trendPoints(model.facts, model.metric, t, lang);
    return html`<figure part="figure" aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
      <p class="title" id="${this.idPrefix}-title" part="title">${title}</p>
      ${latest.subject ? html`<p class="muted subject">${markChinese(subjectName(latest, lang)!, lang)}</p>` : nothing}
      <p class="summary" id="${this.idPrefix}-summary" part="summary">${model.summary}</p>
      <p hidden id="${this.idPrefix}-instructions">${t.chartInstructions}</p>
      ${points.length > 1
        ? trendChart({
            points,
            width: Math.max(this.size.width, 200),
            height: 160,
            text: this.size.text,
            labelled: t.labelled,
            labelledBy: `${this.idPrefix}-title`,
            describedBy: `${this.idPrefix}-instructions`,
            ...this.nav.chartProps(),
          })
        : html`<p class="single" part="value"><span class="number">${valueText(latest, model.metric, lang)}</span>
            <span class="status ${latest.status}">${t.status[latest.status]}</span> ${formatPeriod(latest.period, lang)}</p>`}
      ${footnoteList(model.notes, t, lang)}
      ${sourceNote({ t, lang, fact: latest, source: getSource(latest.source)!, open: this.quoteOpen, quoteId: `${this.idPrefix}-quote`, onToggle: this.toggleQuote })}
      ${sourcesBeyond(latest, model.facts, t, lang)}
      <div class="actions">${tableToggle(t, this.tableOpen, `${this.idPrefix}-table`, this.toggleTable)}</div>
      ${dataTable(model.table, `${this.idPrefix}-table`, this.tableOpen, `${this.idPrefix}-title`)}
    </figure>`;
  }
}
