import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartElement, type ErrorModel } from '../../chart/chart-element.js';
import { barChart } from '../../chart/bar-chart.js';
import { entityName, factTable, metricLabel, placeName, rankedRows, subjectName, trendPoints, valueText } from '../../chart/fact-rows.js';
import { trendChart } from '../../chart/trend-chart.js';
import { dataTable, tableToggle, type TableModel } from '../../chart/data-table.js';
import type { Problem } from '../../chart/error-view.js';
import { sourceNote, sourcesBeyond } from '../../chart/source-note.js';
import { markChinese } from '../../chart/mark-chinese.js';
import { definitionNotes, footnoteList, type Footnote } from '../../chart/footnotes.js';
import { KeyboardNavigationController } from '../../controllers/keyboard-navigation.js';
import {
  allMetricIds,
  dataIndex,
  entitiesAt,
  factsFor,
  findEntity,
  getMetric,
  getSource,
  levelTotal,
  metricIdsOf,
  periodsOf,
  provincialTarget,
} from '../../data/dataset.js';
import { mainFact, onePerEntity, subjectNames } from '../../data/select.js';
import type { Entity, Fact, Metric } from '../../data/types.js';
import { formatPeriod } from '../../core/format.js';
import { rankFacts, type Ranked } from '../../core/rank.js';
import { summarize } from '../../core/summary.js';
import type { Lang } from '../../i18n/strings.js';
import { cardStyles } from './city-metric-card.styles.js';
import { scaleEnd } from '../../core/scales.js';

type CardModel =
  | { kind: 'not-reported'; entity: Entity; metric: Metric; reporters: Fact[]; summary: string; notes: Footnote[]; table?: TableModel }
  | {
      kind: 'value';
      entity: Entity;
      metric: Metric;
      fact: Fact;
      ranking: Ranked<Fact>[];
      target?: Fact;
      trend: Fact[];
      summary: string;
      notes: Footnote[];
      table: TableModel;
    };

const VALID_SHOWN = 6;

/**
 * One place's value for one indicator, with the context a reader needs: its
 * status and period, where it stands among the places that reported it, the
 * provincial target, its trend, and the verbatim source.
 *
 * @tagname city-metric-card
 * @summary One city's indicator with rank, target, trend and source.
 *
 * @attr city - Place id (`kaifeng`), Chinese name (`开封市`) or English name (`Kaifeng`).
 * @attr metric - Metric id from the dataset (`family-doctor-signing-rate`).
 * @attr period - Optional year or span (`2020`, `2016-2020`); defaults to the latest with a result.
 * @attr subject - Optional: the named project a figure is about (Chinese or English name), when a place reports several for one indicator (Nanyang's hospitals).
 * @attr lang - `zh-CN` or `en`; defaults to the nearest ancestor's `lang`, then English.
 * @attr theme - `light` or `dark`; unset follows the reader's colour scheme.
 *
 * @csspart figure - The card's figure.
 * @csspart title - The place and indicator name.
 * @csspart value - The large value with its status and period.
 * @csspart summary - The summary sentence.
 * @csspart chart - Each SVG chart.
 * @csspart point - Each focusable data point.
 * @csspart footnotes - What figures cover, in the curators' notes.
 * @csspart source - The source line.
 * @csspart sources - The documents the charts draw from, when more than the value's own.
 * @csspart quote - The verbatim quote.
 * @csspart quote-toggle - The button showing the quote.
 * @csspart table-toggle - The button showing the data table.
 * @csspart table - The data table's scroll region.
 * @csspart error - The error message.
 * @csspart not-reported - The "not reported" message.
 *
 * @cssprop --hhw-min-height - Height reserved before the card renders.
 */
export class CityMetricCard extends ChartElement<CardModel> {
  static override styles = [...ChartElement.styles, cardStyles];

  /** Place id, Chinese or English name. */
  @property({ reflect: true }) city?: string;

  /** Metric id. */
  @property({ reflect: true }) metric?: string;

  /** Year or span of years; the latest with a result when unset. */
  @property({ reflect: true }) period?: string;

  /** The named project a figure is about (Chinese or English name); the whole place's figure, else the first, when unset. */
  @property({ reflect: true }) subject?: string;


  /** @internal */
  private readonly rankNav = new KeyboardNavigationController(this, () => this.pointsIn('.ranking'));
  /** @internal */
  private readonly trendNav = new KeyboardNavigationController(this, () => this.pointsIn('.trend'));

  private pointsIn(selector: string): SVGElement[] {
    return [...(this.renderRoot.querySelectorAll<SVGElement>(`${selector} .point`) ?? [])];
  }

  /** @internal */
  protected readonly inputs = ['city', 'metric', 'period', 'subject'] as const;

  protected programsNeeded(): string[] {
    return this.programOfMetricAttribute(this.metric);
  }

  protected buildModel(lang: Lang): CardModel | ErrorModel {
    const t = this.t;
    const name = (e: Entity) => entityName(e, lang);

    if (!this.city?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('city'), ...this.validCities() } };
    if (!this.metric?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('metric'), ...this.validMetrics() } };
    const entity = findEntity(this.city);
    if (!entity) return { kind: 'error', problem: { message: t.errors.unknownCity(this.city), ...this.validCities() } };
    const metric = getMetric(this.metric.trim());
    if (!metric) return { kind: 'error', problem: { message: t.errors.unknownMetric(this.metric), ...this.validMetrics(entity) } };

    const own = factsFor(entity.id, metric.id);
    if (own.length === 0) {
      const reporters = onePerEntity(metric.id, {});
      // summary and table also make the fallback content the embed builder writes.
      return {
        kind: 'not-reported',
        entity,
        metric,
        reporters,
        summary: t.notReportedBy(name(entity), metricLabel(metric, lang)),
        notes: definitionNotes(reporters, t, lang, { withPeriod: true }),
        table: reporters.length ? factTable(reporters, metric, t, lang) : undefined,
      };
    }
    const period = this.period?.trim() || undefined;
    if (period && !own.some((f) => f.period === period)) {
      const periods = periodsOf(metric.id, entity.id);
      return { kind: 'error', problem: { message: t.errors.unknownPeriod(period, t.bracket(metricLabel(metric, lang), name(entity))), valid: periods } };
    }
    const wanted = this.subject?.trim() || undefined;
    const fact = mainFact(entity.id, metric.id, period, wanted);
    if (!fact) {
      const subjects = subjectNames(own.filter((f) => !period || f.period === period));
      return { kind: 'error', problem: { message: t.errors.unknownSubject(wanted!, t.bracket(metricLabel(metric, lang), name(entity))), valid: subjects.length ? subjects : [t.errors.noSubjects] } };
    }

    // A figure about one named project is not ranked against other places' figures for the whole place.
    const peers = fact.status === 'actual' && !fact.subject ? onePerEntity(metric.id, { period: fact.period, status: 'actual', level: entity.level }) : [];
    const ranking = peers.length > 1 ? rankFacts(peers, metric.higher_is_better) : [];
    const target = entity.id === 'henan' ? undefined : provincialTarget(metric.id, fact.period);
    // Only figures about the same subject (the whole place, or one named project) make a trend.
    const trend = own.filter((f) => f.subject === fact.subject);
    const trendByPeriod = [...new Map(trend.map((f) => [`${f.period}|${f.status}`, f])).values()];
    const levelLabel = t.levelPlural[entity.level];

    const summary = summarize({
      lang,
      place: fact.subject ? t.bracket(name(entity), subjectName(fact, lang)!) : name(entity),
      metric,
      metricLabel: metricLabel(metric, lang),
      units: dataIndex.units,
      fact,
      ranking: ranking.length ? ranking : undefined,
      levelLabel,
      target,
      trend: trendByPeriod.filter((f) => f.status === 'actual'),
    });

    const drawn = [...new Set([...(ranking.length ? ranking.map((r) => r.item) : [fact]), ...trendByPeriod, ...(target ? [target] : [])])];
    return {
      kind: 'value',
      entity,
      metric,
      fact,
      ranking,
      target,
      trend: trendByPeriod,
      summary,
      // The card's own figure's note first.
      notes: definitionNotes([fact, ...drawn], t, lang, { withPeriod: true }),
      table: factTable(drawn, metric, t, lang, { highlight: entity.id }),
    };
  }

  private validCities(): Pick<Problem, 'valid' | 'more'> {
    const cities = entitiesAt('prefecture');
    return {
      valid: cities.slice(0, VALID_SHOWN).map((e) => `${e.id} (${e.name_zh} · ${e.name_en})`),
      more: dataIndex.entities.length - VALID_SHOWN,
    };
  }

  /** Metric ids (from the index, no shard needed): the place's own when known, else any. */
  private validMetrics(entity?: Entity): Pick<Problem, 'valid' | 'more'> {
    const ids = entity ? metricIdsOf(entity.id) : allMetricIds();
    return { valid: ids.slice(0, VALID_SHOWN), more: Math.max(0, ids.length - VALID_SHOWN) };
  }

  protected renderModel(model: CardModel) {
    return model.kind === 'not-reported' ? this.renderNotReported(model) : this.renderValue(model);
  }

  private renderHeader(entity: Entity, metric: Metric) {
    const lang = this.language.lang;
    return html`<p class="title" id="${this.idPrefix}-title" part="title">
      <span class="place">${entityName(entity, lang)}<span class="sep" aria-hidden="true"> ·</span></span>
      <span class="metric">${metricLabel(metric, lang)}</span>
    </p>`;
  }

  private renderNotReported(model: Extract<CardModel, { kind: 'not-reported' }>) {
    const t = this.t;
    const lang = this.language.lang;
    return html`<figure part="figure" class=${this.size.width < 360 ? 'narrow' : ''} aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
      ${this.renderHeader(model.entity, model.metric)}
      <p class="value not-reported" part="value not-reported">${t.notReported}</p>
      <p class="summary" id="${this.idPrefix}-summary" part="summary">${model.summary}</p>
      ${model.reporters.length
        ? html`<p class="muted">${t.reportingList(model.reporters.length)}</p>
            <ul class="reporters">
              ${model.reporters.map(
                (f) => html`<li>${t.labelled(placeName(f.entity, lang))}${t.bracket(
                  valueText(f, model.metric, lang),
                  f.status === 'actual' ? formatPeriod(f.period, lang) : t.joined([formatPeriod(f.period, lang), t.status[f.status]]),
                )}</li>`,
              )}
            </ul>`
        : html`<p class="muted">${t.noneReporting}</p>`}
      ${footnoteList(model.notes, t, lang)}
    </figure>`;
  }

  private renderValue(model: Extract<CardModel, { kind: 'value' }>) {
    const t = this.t;
    const lang = this.language.lang;
    const { entity, metric, fact } = model;
    const fmt = (f: Fact) => valueText(f, metric, lang);
    const width = Math.max(this.size.width, 200);
    const status = fact.status;
    const instructionsId = `${this.idPrefix}-instructions`;

    const rows = rankedRows(model.ranking, metric, t, lang, entity.id);
    const points = trendPoints(model.trend, metric, t, lang);
    const reference = model.target ? { value: model.target.value, label: `${t.provincialTarget} ${fmt(model.target)}` } : undefined;

    return html`<figure part="figure" class=${this.size.width < 360 ? 'narrow' : ''} aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
      ${this.renderHeader(entity, metric)}
      <p class="value ${status}" part="value">
        <span class="number">${fmt(fact)}</span>
        <span class="status ${status}">${t.status[status]}</span>
        <span class="period">${formatPeriod(fact.period, lang)}${fact.cumulative ? ` · ${t.cumulative}` : ''}</span>
      </p>
      ${fact.subject ? html`<p class="muted subject">${markChinese(subjectName(fact, lang)!, lang)}</p>` : nothing}
      <p class="summary" id="${this.idPrefix}-summary" part="summary">${model.summary}</p>
      <p hidden id=${instructionsId}>${t.chartInstructions}</p>
      ${rows.length > 1
        ? html`<div class="ranking">
            <p class="muted context-label" id="${this.idPrefix}-ranking">
              ${t.comparisonTitle(metricLabel(metric, lang), formatPeriod(fact.period, lang))} —
              ${t.reportedBy(model.ranking.length, levelTotal(entity.level), t.levelPlural[entity.level])}
            </p>
            ${barChart({
              rows,
              scaleTo: scaleEnd(metric.unit),
              reference,
              width,
              text: this.size.text,
              labelledBy: `${this.idPrefix}-ranking`,
              describedBy: instructionsId,
              ...this.rankNav.chartProps(),
            })}
          </div>`
        : reference
          ? html`<p class="muted">${reference.label}</p>`
          : nothing}
      ${points.length > 1
        ? html`<div class="trend">
            <p class="muted context-label" id="${this.idPrefix}-trend">${t.trendTitle(metricLabel(metric, lang), placeName(entity.id, lang))}</p>
            ${trendChart({
              points,
              width,
              text: this.size.text,
              labelled: t.labelled,
              labelledBy: `${this.idPrefix}-trend`,
              describedBy: instructionsId,
              ...this.trendNav.chartProps(),
            })}
          </div>`
        : nothing}
      ${footnoteList(model.notes, t, lang)}
      ${sourceNote({
        t,
        lang,
        fact,
        source: getSource(fact.source)!,
        open: this.quoteOpen,
        quoteId: `${this.idPrefix}-quote`,
        onToggle: this.toggleQuote,
      })}
      ${sourcesBeyond(fact, [...model.ranking.map((r) => r.item), ...(model.target ? [model.target] : []), ...model.trend], t, lang)}
      <div class="actions">${tableToggle(t, this.tableOpen, `${this.idPrefix}-table`, this.toggleTable)}</div>
      ${dataTable(model.table, `${this.idPrefix}-table`, this.tableOpen, `${this.idPrefix}-title`)}
    </figure>`;
  }
}
