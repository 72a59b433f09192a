import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartElement, type ErrorModel } from '../../chart/chart-element.js';
import { barChart, type BarRow } from '../../chart/bar-chart.js';
import { dataTable, tableToggle, type TableModel } from '../../chart/data-table.js';
import type { Problem } from '../../chart/error-view.js';
import { factPlace, metricLabel, placeName, pointLabel, programLabel, sourceTitle, statedValue, valueText } from '../../chart/fact-rows.js';
import { sourceNote, sourcesLine } from '../../chart/source-note.js';
import { definitionNotes, footnoteList, type Footnote } from '../../chart/footnotes.js';
import { KeyboardNavigationController } from '../../controllers/keyboard-navigation.js';
import { dataIndex, entitiesReporting, findEntity, getEntity, getMetric, getProgram, getSource, metricsOf, programHasData, provincialTarget } from '../../data/dataset.js';
import { mainFact } from '../../data/select.js';
import type { Entity, Fact, Level, Metric, Program } from '../../data/types.js';
import { formatPeriod } from '../../core/format.js';
import type { Lang, Strings } from '../../i18n/strings.js';
import { comparisonStyles } from './program-comparison.styles.js';
import { scaleEnd } from '../../core/scales.js';

const LEVELS: Level[] = ['prefecture', 'county', 'province'];
const VALID_SHOWN = 6;
const SUMMARY_METRICS = 2;

interface Panel {
  metric: Metric;
  /** One row per place: its fact, or undefined when it did not report. */
  rows: Array<{ entity: Entity; fact?: Fact }>;
  target?: Fact;
  /** Notes on periods and definitions; `lang` when the text is not in the widget's language. */
  footnotes: Footnote[];
}

type ComparisonModel = { kind: 'comparison'; program: Program; panels: Panel[]; summary: string; table: TableModel };

/**
 * The metrics of one programme side by side for chosen places: one small
 * multiple per metric, each with its own scale (counts and percentages never
 * share an axis), bars labelled directly, the provincial target drawn, and
 * places that did not report shown as such, never as zero.
 *
 * @tagname program-comparison
 * @summary One programme's indicators compared across places.
 *
 * @attr program - Programme id (`prenatal-newborn-screening`).
 * @attr cities - Comma-separated place ids or names; every reporting place when absent.
 * @attr metrics - Comma-separated metric ids to show; all of the programme's when absent.
 * @attr period - Year or span; each place's latest result when absent.
 * @attr level - `prefecture`, `county` or `province`: which places, when `cities` is absent.
 * @attr lang - `zh-CN` or `en`; defaults to the nearest ancestor's `lang`, then English.
 * @attr theme - `light` or `dark`; unset follows the reader's colour scheme.
 *
 * @csspart figure - The chart's figure.
 * @csspart title - The chart's title.
 * @csspart summary - The summary sentence.
 * @csspart panel - Each metric's small multiple.
 * @csspart chart - Each SVG chart.
 * @csspart point - Each focusable bar.
 * @csspart footnotes - Notes on periods and definitions.
 * @csspart sources - The documents every figure shown comes from.
 * @csspart source - The chosen value's source.
 * @csspart quote - The chosen value's verbatim quote.
 * @csspart quote-toggle - The button showing the quote.
 * @csspart table-toggle - The button showing the data table.
 * @csspart table - The data table's scroll region.
 * @csspart error - The error message.
 */
export class ProgramComparison extends ChartElement<ComparisonModel> {
  static override styles = [...ChartElement.styles, comparisonStyles];

  /** Programme id. */
  @property({ reflect: true }) program?: string;

  /** Comma-separated place ids or names. */
  @property({ reflect: true }) cities?: string;

  /** Comma-separated metric ids. */
  @property({ reflect: true }) metrics?: string;

  /** Year or span of years. */
  @property({ reflect: true }) period?: string;

  /** Level of the places compared when `cities` is absent. */
  @property({ reflect: true }) level?: string;

  /** The value whose source is shown (click or Enter on a bar): metric id and place id. */
  @state() private selected?: { metric: string; entity: string };

  /** @internal */
  private readonly nav = new KeyboardNavigationController(this, () => [...this.renderRoot.querySelectorAll<SVGElement>('.point')]);

  /** @internal */
  protected readonly inputs = ['program', 'cities', 'metrics', 'period', 'level'] as const;

  protected programsNeeded(): string[] {
    const program = this.program?.trim();
    return program && programHasData(program) ? [program] : [];
  }

  protected buildModel(lang: Lang): ComparisonModel | ErrorModel {
    const t = this.t;
    const programList = (): Pick<Problem, 'valid' | 'more'> => {
      const withData = dataIndex.programs.filter((p) => programHasData(p.id));
      return { valid: withData.slice(0, VALID_SHOWN).map((p) => `${p.id} (${programLabel(p, lang)})`), more: Math.max(0, withData.length - VALID_SHOWN) };
    };
    if (!this.program?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('program'), ...programList() } };
    const program = getProgram(this.program.trim());
    if (!program) return { kind: 'error', problem: { message: t.errors.unknownProgram(this.program), ...programList() } };
    if (!programHasData(program.id)) return { kind: 'error', problem: { message: t.errors.noProgramFigures(programLabel(program, lang)), ...programList() } };

    const level = this.level?.trim() ? (this.level.trim() as Level) : undefined;
    if (level && !LEVELS.includes(level)) return { kind: 'error', problem: { message: t.errors.unknownLevel(this.level!), valid: LEVELS } };

    let metrics = metricsOf(program.id).filter((m) => entitiesReporting(m.id, { level }).length > 0);
    const metricIds = metrics.map((m) => `${m.id} (${metricLabel(m, lang)})`);
    if (this.metrics !== undefined && this.metrics !== null) {
      const wanted = splitList(this.metrics);
      if (wanted.length === 0) return { kind: 'error', problem: { message: t.errors.emptySelection('metrics'), valid: metricIds.slice(0, VALID_SHOWN), more: Math.max(0, metricIds.length - VALID_SHOWN) } };
      const unknown = wanted.find((id) => !metricsOf(program.id).some((m) => m.id === id));
      if (unknown) return { kind: 'error', problem: { message: t.errors.unknownMetric(unknown), valid: metricIds.slice(0, VALID_SHOWN), more: Math.max(0, metricIds.length - VALID_SHOWN) } };
      metrics = wanted.map((id) => getMetric(id)!);
    }

    let chosen: Entity[] | undefined;
    if (this.cities !== undefined && this.cities !== null) {
      const names = splitList(this.cities);
      const reporters = [...new Set(metrics.flatMap((m) => entitiesReporting(m.id).map((e) => e.id)))];
      const valid = reporters.slice(0, VALID_SHOWN).map((id) => `${id} (${findEntity(id)!.name_zh} · ${findEntity(id)!.name_en})`);
      if (names.length === 0) return { kind: 'error', problem: { message: t.errors.emptySelection('cities'), valid } };
      const unknown = names.find((n) => !findEntity(n));
      if (unknown) return { kind: 'error', problem: { message: t.errors.unknownCity(unknown), valid } };
      chosen = [...new Set(names.map((n) => findEntity(n)!))];
    }

    const period = this.period?.trim() || undefined;
    const panels: Panel[] = [];
    for (const metric of metrics) {
      const places = chosen ?? entitiesReporting(metric.id, { level, ...(period ? { period } : {}) });
      const rows = places.map((entity) => ({ entity, fact: mainFact(entity.id, metric.id, period) }));
      if (!rows.some((r) => r.fact)) continue;
      const periods = [...new Set(rows.flatMap((r) => (r.fact ? [r.fact.period] : [])))];
      const target = provincialTarget(metric.id, periods.length === 1 ? periods[0] : undefined);
      const footnotes: Panel['footnotes'] = [];
      if (periods.length > 1) {
        footnotes.push({ text: t.footnoteMixedPeriods(t.list(rows.filter((r) => r.fact).map((r) => t.placeValue(placeName(r.entity.id, lang), formatPeriod(r.fact!.period, lang))))) });
      }
      footnotes.push(...definitionNotes(rows.flatMap((r) => (r.fact ? [r.fact] : [])), t, lang));
      panels.push({ metric, rows, target: target && !rows.some((r) => r.entity.id === 'henan') ? target : undefined, footnotes });
    }
    // Most-reported indicators first; within that, rates before counts, derived
    // "points above target" figures last. Array.prototype.sort is stable.
    const reported = (p: Panel) => p.rows.filter((r) => r.fact).length;
    const unitOrder = (p: Panel) => (p.metric.unit === 'percent' ? 0 : p.metric.unit === 'percentage-points' ? 2 : 1);
    panels.sort((a, b) => reported(b) - reported(a) || unitOrder(a) - unitOrder(b));
    if (panels.length === 0) {
      const scope = chosen ? t.list(chosen.map((e) => placeName(e.id, lang))) : t.levelPlural[level ?? 'prefecture'];
      return {
        kind: 'error',
        problem: {
          message: t.errors.noneReporting(programLabel(program, lang), scope, period ? formatPeriod(period, lang) : undefined),
          valid: metricIds.slice(0, VALID_SHOWN),
        },
      };
    }
    return { kind: 'comparison', program, panels, summary: this.summary(t, lang, panels), table: this.table(t, lang, panels) };
  }

  private summary(t: Strings, lang: Lang, panels: Panel[]): string {
    const parts = panels.slice(0, SUMMARY_METRICS).map((panel) => {
      const reported = panel.rows.filter((r) => r.fact);
      const [first, ...others] = reported;
      const fact = first.fact!;
      const target = panel.target && fact.status === 'actual' ? panel.target : undefined;
      const relation = target ? (fact.value > target.value ? 'above' : fact.value < target.value ? 'below' : 'equal') : undefined;
      const missing = panel.rows.filter((r) => !r.fact).map((r) => placeName(r.entity.id, lang));
      const shown = (f: Fact) => statedValue(f, panel.metric, t, lang, t.statusLong);
      return (
        t.comparisonSummary.first({
          place: factPlace(fact, t, lang),
          metric: metricLabel(panel.metric, lang),
          value: shown(fact),
          period: formatPeriod(fact.period, lang),
          relation,
          target: target ? valueText(target, panel.metric, lang) : undefined,
        }) +
        (others.length ? t.comparisonSummary.others(others.map((r) => t.placeValue(factPlace(r.fact!, t, lang), shown(r.fact!)))) : '') +
        (missing.length ? t.comparisonSummary.notReported(t.list(missing)) : '')
      );
    });
    const more = panels.length - SUMMARY_METRICS;
    const end = lang === 'zh-CN' ? '。' : '.';
    return parts.map((p) => p + end).join(lang === 'zh-CN' ? '' : ' ') + (more > 0 ? t.comparisonSummary.more(more) : '');
  }

  private table(t: Strings, lang: Lang, panels: Panel[]): TableModel {
    return {
      caption: t.tableCaption(panels.map((p) => metricLabel(p.metric, lang)).join(lang === 'zh-CN' ? '、' : ', ')),
      columns: [t.columns.place, t.columns.metric, t.columns.value, t.columns.period, t.columns.status, t.columns.source],
      // Each panel's places, then the provincial target it draws (status "Target"), so the table holds every value drawn.
      rows: panels.flatMap((panel) =>
        [...panel.rows, ...(panel.target ? [{ entity: getEntity(panel.target.entity)!, fact: panel.target }] : [])].map(({ entity, fact }) => ({
          cells: [
            fact ? factPlace(fact, t, lang) : placeName(entity.id, lang),
            metricLabel(panel.metric, lang),
            fact ? valueText(fact, panel.metric, lang) : t.notReported,
            fact ? formatPeriod(fact.period, lang) : '—',
            fact ? t.status[fact.status] : '—',
            fact ? sourceTitle(getSource(fact.source)!, lang) : '—',
          ],
          numeric: [2],
        })),
      ),
    };
  }

  private select(key: string): void {
    const [metric, entity] = key.split('|');
    const same = this.selected?.metric === metric && this.selected.entity === entity;
    this.selected = same ? undefined : { metric, entity };
    this.quoteOpen = false;
  }

  /** The chosen value's source, with its quote one more click away, under its panel. */
  private selectedIn(panel: Panel) {
    if (this.selected?.metric !== panel.metric.id) return nothing;
    const fact = panel.rows.find((r) => r.entity.id === this.selected!.entity)?.fact;
    if (!fact) return nothing;
    const t = this.t;
    const lang = this.language.lang;
    const about = pointLabel(fact, panel.metric, t, lang);
    return sourceNote({ t, lang, fact, source: getSource(fact.source)!, open: this.quoteOpen, quoteId: `${this.idPrefix}-quote`, onToggle: this.toggleQuote, about });
  }

  protected renderModel(model: ComparisonModel) {
    const t = this.t;
    const lang = this.language.lang;
    const width = Math.max(this.size.width, 200);
    const total = model.panels.reduce((n, p) => n + p.rows.length, 0);
    let offset = 0;
    return html`<figure part="figure" aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
      <p class="title" id="${this.idPrefix}-title" part="title">
        ${t.comparisonHeading(programLabel(model.program, lang), this.period ? formatPeriod(this.period, lang) : '')}
      </p>
      <p class="summary" id="${this.idPrefix}-summary" part="summary">${model.summary}</p>
      <p hidden id="${this.idPrefix}-instructions">${t.chartInstructions} ${t.selectForSource}</p>
      <p class="muted hint">${t.selectForSource}</p>
      ${model.panels.map((panel, index) => {
        const start = offset;
        offset += panel.rows.length;
        const titleId = `${this.idPrefix}-panel-${index}`;
        const chosen = this.selected?.metric === panel.metric.id ? this.selected.entity : undefined;
        const rows: BarRow[] = panel.rows.map(({ entity, fact }) => ({
          key: `${panel.metric.id}|${entity.id}`,
          label: fact ? factPlace(fact, t, lang) : placeName(entity.id, lang),
          value: fact?.value,
          valueLabel: fact ? statedValue(fact, panel.metric, t, lang, t.status) : t.notReported,
          status: fact?.status,
          ariaLabel: fact ? pointLabel(fact, panel.metric, t, lang) : `${t.labelled(placeName(entity.id, lang))}${t.notReported}`,
          // The chosen value stays marked while its source shows below.
          highlighted: entity.id === chosen,
          current: entity.id === chosen,
        }));
        return html`<section class="panel" part="panel">
          <p class="panel-title" id=${titleId}>${metricLabel(panel.metric, lang)}</p>
          ${barChart({
            rows,
            scaleTo: scaleEnd(panel.metric.unit),
            reference: panel.target ? { value: panel.target.value, label: `${t.provincialTarget} ${valueText(panel.target, panel.metric, lang)}` } : undefined,
            width,
            text: this.size.text,
            labelledBy: titleId,
            describedBy: `${this.idPrefix}-instructions`,
            ...this.nav.chartProps(start, total),
            onSelect: (key) => this.select(key),
          })}
          <!-- Announced when a value is chosen: its source appears here, away from the focused bar. -->
          <div aria-live="polite">${this.selectedIn(panel)}</div>
          ${footnoteList(panel.footnotes, t, lang)}
        </section>`;
      })}
      ${sourcesLine(model.panels.flatMap((panel) => [...panel.rows.flatMap((row) => (row.fact ? [row.fact] : [])), ...(panel.target ? [panel.target] : [])]), t, lang)}
      <div class="actions">${tableToggle(t, this.tableOpen, `${this.idPrefix}-table`, this.toggleTable)}</div>
      ${dataTable(model.table, `${this.idPrefix}-table`, this.tableOpen, `${this.idPrefix}-title`)}
    </figure>`;
  }
}

function splitList(value: string): string[] {
  return value
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
