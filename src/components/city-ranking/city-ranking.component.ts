import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ChartElement, type ErrorModel } from '../../chart/chart-element.js';
import { barChart } from '../../chart/bar-chart.js';
import { dataTable, tableToggle, type TableModel } from '../../chart/data-table.js';
import { sourcesLine } from '../../chart/source-note.js';
import { definitionNotes, footnoteList, type Footnote } from '../../chart/footnotes.js';
import type { Problem } from '../../chart/error-view.js';
import { factTable, metricLabel, placeName, rankedRows, rankingInWords, valueText } from '../../chart/fact-rows.js';
import { KeyboardNavigationController } from '../../controllers/keyboard-navigation.js';
import { dataIndex, entitiesAt, entityIdsReporting, factsOfMetric, findEntity, getMetric, levelTotal, provincialTarget } from '../../data/dataset.js';
import { mostReported, onePerEntity } from '../../data/select.js';
import type { Entity, Fact, Level, Metric } from '../../data/types.js';
import { formatPeriod } from '../../core/format.js';
import { rankFacts, type Ranked } from '../../core/rank.js';
import type { Lang } from '../../i18n/strings.js';
import { scaleEnd } from '../../core/scales.js';

const LEVELS: Level[] = ['prefecture', 'county', 'province'];
const VALID_SHOWN = 6;

type RankingModel = {
      kind: 'ranking';
      metric: Metric;
      level: Level;
      period: string;
      ranking: Ranked<Fact>[];
      missing: Entity[];
      notes: Footnote[];
      target?: Fact;
      highlight?: Entity;
      summary: string;
      table: TableModel;
};

/**
 * Every place of a level that reported an indicator, ranked, with the
 * provincial target, an optional highlighted place, and the places that did not
 * report it named, so absence is visible.
 *
 * @tagname city-ranking
 * @summary Places of one level ranked on one indicator.
 *
 * @attr metric - Metric id.
 * @attr level - `prefecture` (default), `county` or `province`.
 * @attr period - Year or span; defaults to the period most places reported.
 * @attr highlight - Place id or name to highlight.
 * @attr lang - `zh-CN` or `en`; defaults to the nearest ancestor's `lang`, then English.
 * @attr theme - `light` or `dark`; unset follows the reader's colour scheme.
 *
 * @csspart figure - The chart's figure.
 * @csspart title - The chart's title.
 * @csspart summary - The summary sentence.
 * @csspart chart - The SVG chart.
 * @csspart point - Each focusable bar.
 * @csspart missing - The list of places that did not report.
 * @csspart footnotes - What figures cover, in the curators' notes.
 * @csspart sources - The documents every figure shown comes from.
 * @csspart table-toggle - The button showing the data table.
 * @csspart table - The data table's scroll region.
 * @csspart error - The error message.
 */
export class CityRanking extends ChartElement<RankingModel> {
  /** Metric id. */
  @property({ reflect: true }) metric?: string;

  /** Level of the places ranked. */
  @property({ reflect: true }) level?: string;

  /** Year or span of years. */
  @property({ reflect: true }) period?: string;

  /** Place to highlight (id or name). */
  @property({ reflect: true }) highlight?: string;

  /** @internal */
  private readonly nav = new KeyboardNavigationController(this, () => [...this.renderRoot.querySelectorAll<SVGElement>('.point')]);

  /** @internal */
  protected readonly inputs = ['metric', 'level', 'period', 'highlight'] as const;

  protected programsNeeded(): string[] {
    return this.programOfMetricAttribute(this.metric);
  }

  protected buildModel(lang: Lang): RankingModel | ErrorModel {
    const t = this.t;
    const metricsList = (ids: string[]): Pick<Problem, 'valid' | 'more'> => ({
      valid: ids.slice(0, VALID_SHOWN),
      more: Math.max(0, ids.length - VALID_SHOWN),
    });
    // Metrics two or more places report: the ones worth ranking (from the index).
    const comparable = Object.keys(dataIndex.metricProgram).filter((id) => entityIdsReporting(id).length > 1);

    if (!this.metric?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('metric'), ...metricsList(comparable) } };
    const metric = getMetric(this.metric.trim());
    if (!metric) return { kind: 'error', problem: { message: t.errors.unknownMetric(this.metric), ...metricsList(comparable) } };
    const level = (this.level?.trim() || 'prefecture') as Level;
    if (!LEVELS.includes(level)) return { kind: 'error', problem: { message: t.errors.unknownLevel(this.level!), valid: LEVELS } };
    const highlight = this.highlight?.trim() ? findEntity(this.highlight) : undefined;
    if (this.highlight?.trim() && !highlight) {
      return { kind: 'error', problem: { message: t.errors.unknownCity(this.highlight), valid: entitiesAt(level).slice(0, VALID_SHOWN).map((e) => `${e.id} (${e.name_zh} · ${e.name_en})`) } };
    }

    const actual = factsOfMetric(metric.id, { status: 'actual', level });
    const levelLabel = t.levelPlural[level];
    if (actual.length === 0) {
      const levels = LEVELS.filter((l) => factsOfMetric(metric.id, { status: 'actual', level: l }).length > 0);
      return { kind: 'error', problem: { message: t.errors.noneReporting(metricLabel(metric, lang), levelLabel), valid: levels.length ? levels.map((l) => `level="${l}"`) : metricsList(comparable).valid } };
    }
    const periods = [...new Set(actual.map((f) => f.period))];
    const period = this.period?.trim() || mostReported(actual);
    if (!periods.includes(period)) {
      return { kind: 'error', problem: { message: t.errors.unknownPeriod(period, metricLabel(metric, lang)), valid: periods } };
    }

    const ranking = rankFacts(onePerEntity(metric.id, { status: 'actual', level, period }), metric.higher_is_better);
    const reporters = new Set(ranking.map((r) => r.item.entity));
    const all = entitiesAt(level);
    const missing = all.filter((e) => !reporters.has(e.id));
    const target = provincialTarget(metric.id, period);
    // The target in words too, not only as the dashed line.
    const targetSentence = target
      ? t.summary.targetReached({
          target: valueText(target, metric, lang),
          reached: metric.higher_is_better === null ? undefined : ranking.filter((r) => (metric.higher_is_better ? r.item.value >= target.value : r.item.value <= target.value)).length,
          count: ranking.length,
          level: levelLabel,
        })
      : undefined;
    const ranked = rankingInWords(ranking, metric, t, lang, { reported: t.reportedBy(ranking.length, levelTotal(level), levelLabel), levelLabel, period, highlight });
    const summary = targetSentence ? `${ranked}${lang === 'zh-CN' ? '' : ' '}${targetSentence}` : ranked;
    const ranks = new Map(ranking.map((r) => [r.item, r.rank]));
    // The places, then the target the chart draws as a line (unranked): the table holds every value drawn.
    const drawn = [...ranking.map((r) => r.item), ...(target ? [target] : [])];
    return {
      kind: 'ranking',
      metric,
      level,
      period,
      ranking,
      missing,
      target,
      highlight,
      summary,
      notes: definitionNotes(drawn, t, lang),
      table: factTable(drawn, metric, t, lang, { highlight: highlight?.id, ranks }),
    };
  }

  protected renderModel(model: RankingModel) {
    const t = this.t;
    const lang = this.language.lang;
    const { metric, period, ranking } = model;
    const label = metricLabel(metric, lang);
    const direction = metric.higher_is_better === null ? t.largestFirst : t.direction[metric.higher_is_better ? 'higher' : 'lower'];
    return html`<figure part="figure" aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
      <p class="title" id="${this.idPrefix}-title" part="title">${t.rankingTitle(label, formatPeriod(period, lang), t.levelPlural[model.level])}</p>
      <p class="summary" id="${this.idPrefix}-summary" part="summary">${model.summary}</p>
      <p class="muted">${direction}</p>
      <p hidden id="${this.idPrefix}-instructions">${t.chartInstructions}</p>
      ${barChart({
        rows: rankedRows(ranking, metric, t, lang, model.highlight?.id),
        scaleTo: scaleEnd(metric.unit),
        reference: model.target ? { value: model.target.value, label: `${t.provincialTarget} ${valueText(model.target, metric, lang)}` } : undefined,
        width: Math.max(this.size.width, 200),
        text: this.size.text,
        labelledBy: `${this.idPrefix}-title`,
        describedBy: `${this.idPrefix}-instructions`,
        ...this.nav.chartProps(),
      })}
      ${footnoteList(model.notes, t, lang)}
      ${model.missing.length
        ? html`<p class="muted missing" part="missing">${t.notReportedList(t.list(model.missing.map((e) => placeName(e.id, lang))), formatPeriod(model.period, lang))}</p>`
        : nothing}
      ${sourcesLine([...model.ranking.map((r) => r.item), ...(model.target ? [model.target] : [])], t, lang)}
      <div class="actions">${tableToggle(t, this.tableOpen, `${this.idPrefix}-table`, this.toggleTable)}</div>
      ${dataTable(model.table, `${this.idPrefix}-table`, this.tableOpen, `${this.idPrefix}-title`)}
    </figure>`;
  }
}
