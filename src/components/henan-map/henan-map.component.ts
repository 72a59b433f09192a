import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scaleQuantize } from 'd3-scale';
import rawMap from '../../../data/runtime/henan-map.js';
import { ChartElement, type ErrorModel } from '../../chart/chart-element.js';
import type { Problem } from '../../chart/error-view.js';
import { dataTable, tableToggle, type TableModel } from '../../chart/data-table.js';
import { factPlace, metricLabel, placeName, pointLabel, rankingInWords, sourceTitle, valueText } from '../../chart/fact-rows.js';
import { sourceNote, sourcesLine } from '../../chart/source-note.js';
import { definitionNotes, footnoteList, type Footnote } from '../../chart/footnotes.js';
import { KeyboardNavigationController } from '../../controllers/keyboard-navigation.js';
import { dataIndex, entitiesAt, entityIdsReporting, factsOfMetric, findEntity, getMetric, getSource, levelTotal } from '../../data/dataset.js';
import { mostReported, onePerEntity, preferred } from '../../data/select.js';
import type { Entity, Fact, Metric } from '../../data/types.js';
import { formatPeriod, formatTick } from '../../core/format.js';
import { rankFacts } from '../../core/rank.js';
import { nearestInDirection, readingOrder } from '../../core/spatial.js';
import type { Lang } from '../../i18n/strings.js';
import { VALUE_SIZE, estimateTextWidth, textScale } from '../../chart/text-width.js';
import type { TextSpacing } from '../../controllers/resize.js';
import { mapStyles } from './henan-map.styles.js';
import { mapTokens } from './henan-map.tokens.js';

interface MapFeature {
  entity: string;
  code: string;
  d: string;
  cx: number;
  cy: number;
}

const MAP = rawMap as unknown as { width: number; height: number; features: MapFeature[] };
/** Places in reading order (top to bottom, left to right): Home, End and the table follow it. */
const FEATURES = readingOrder(MAP.features.map((f) => ({ ...f, x: f.cx, y: f.cy })));

/**
 * Five blues, from the least to the most: each a custom property that
 * henan-map.tokens.ts sets per theme, so that more always stands further from
 * the background (darker on light, lighter on dark).
 */
const STEPS = 5;
const PALETTE = Array.from({ length: STEPS }, (_, i) => `var(--_map-${i})`);
const VALID_SHOWN = 6;

interface MapLabel {
  x: number;
  y: number;
  name: string;
  value: string;
  /** A line that may be left out: "Not reported" (the hatching and the legend say it too). */
  optional: boolean;
}

/**
 * Which labels keep their second line. Small neighbours (Jiyuan, Jiaozuo) have
 * no room for two "Not reported"s side by side: an optional line that would run
 * into another label is left out. Widths are estimated, as for bar labels.
 */
function secondLinesShown(labels: MapLabel[], font: number, spacing: TextSpacing): boolean[] {
  const box = (x: number, baseline: number, text: string, bold = false) => {
    // The glyphs' box (ascent and descent), with a quarter em to spare on each side.
    const half = estimateTextWidth(text, font, spacing, bold) / 2 + font / 4;
    return { left: x - half, right: x + half, top: baseline - 0.95 * font, bottom: baseline + 0.3 * font };
  };
  type Box = ReturnType<typeof box>;
  const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  // Every name and every required line, each with the label it belongs to (a label's own lines touch).
  const placed = labels.flatMap((l, i) => [
    { i, box: box(l.x, l.y, l.name, true) },
    ...(l.optional ? [] : [{ i, box: box(l.x, l.y + 1.2 * font, l.value) }]),
  ]);
  return labels.map((l, i) => {
    if (!l.optional) return true;
    const line = box(l.x, l.y + 1.2 * font, l.value);
    if (placed.some((other) => other.i !== i && overlap(line, other.box))) return false;
    placed.push({ i, box: line });
    return true;
  });
}

type MapModel = {
  kind: 'map';
  metric: Metric;
  period: string;
  facts: Map<string, Fact>;
  /** Every figure the map or its table shows: each city, its counties under it. */
  figures: Fact[];
  color: (value: number) => string;
  legend: Array<{ color: string; label: string }>;
  highlight?: Entity;
  summary: string;
  notes: Footnote[];
  table: TableModel;
};

/** The figure of each county under `city`: counties are not drawn, the table lists them under their city. */
function countiesUnder(countyFacts: Fact[], city: string): Fact[] {
  const ids = [...new Set(countyFacts.filter((f) => findEntity(f.entity)?.parent === city).map((f) => f.entity))];
  return ids.map((id) => preferred(countyFacts.filter((f) => f.entity === id))!);
}

/**
 * A choropleth of Henan's 18 prefecture-level units for one indicator. Places
 * that did not report are hatched and labelled, never coloured as zero; values
 * are readable without colour (labels, focus announcements, the data table).
 * Arrow keys move to the nearest city in that direction.
 *
 * @tagname henan-map
 * @summary Henan's cities coloured by one indicator.
 *
 * @attr metric - Metric id.
 * @attr period - Year or span; defaults to the period most cities reported.
 * @attr highlight - Place id or name to outline.
 * @attr lang - `zh-CN` or `en`; defaults to the nearest ancestor's `lang`, then English.
 * @attr theme - `light` or `dark`; unset follows the reader's colour scheme.
 *
 * @csspart figure - The chart's figure.
 * @csspart title - The chart's title.
 * @csspart summary - The summary sentence.
 * @csspart chart - The SVG map.
 * @csspart point - Each focusable city.
 * @csspart legend - The colour legend.
 * @csspart footnotes - What figures cover, in the curators' notes.
 * @csspart sources - The documents every figure shown comes from.
 * @csspart tooltip - The hover and focus tooltip.
 * @csspart source - The selected city's source.
 * @csspart quote - The selected city's verbatim quote.
 * @csspart quote-toggle - The button showing the quote.
 * @csspart table-toggle - The button showing the data table.
 * @csspart table - The data table's scroll region.
 * @csspart error - The error message.
 */
export class HenanMap extends ChartElement<MapModel> {
  static override styles = [...ChartElement.styles, mapTokens, mapStyles];

  /** Metric id. */
  @property({ reflect: true }) metric?: string;

  /** Year or span of years. */
  @property({ reflect: true }) period?: string;

  /** City to outline (id or name). */
  @property({ reflect: true }) highlight?: string;

  /** The city under the pointer: outlined, its tooltip shown. */
  @state() private hovered?: string;

  /** The city with visible (keyboard) focus: ringed, its tooltip shown when the pointer is elsewhere. */
  @state() private focused?: string;

  /** The city whose source is shown below the map (click or Enter). */
  @state() private selected?: string;

  /** The city whose tooltip Escape hid: hidden until the pointer or focus moves on (WCAG 1.4.13, dismissible). */
  @state() private dismissed?: string;

  /** Escape anywhere on the page hides the tooltip: a hovering pointer gives the map no focus to hear it. */
  private readonly dismissTooltip = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.pointed) this.dismissed = this.pointed;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.dismissTooltip);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.dismissTooltip);
    super.disconnectedCallback();
  }

  /** @internal */
  private readonly nav = new KeyboardNavigationController(
    this,
    () => [...this.renderRoot.querySelectorAll<SVGElement>('.point')],
    (index, key) => nearestInDirection(FEATURES, index, key),
  );

  /** @internal */
  protected readonly inputs = ['metric', 'period', 'highlight'] as const;

  protected programsNeeded(): string[] {
    return this.programOfMetricAttribute(this.metric);
  }

  protected buildModel(lang: Lang): MapModel | ErrorModel {
    const t = this.t;
    this.selected = undefined;
    const onMap = Object.keys(dataIndex.metricProgram).filter((id) => entityIdsReporting(id).filter((e) => findEntity(e)?.level === 'prefecture').length > 1);
    const valid: Pick<Problem, 'valid' | 'more'> = { valid: onMap.slice(0, VALID_SHOWN), more: Math.max(0, onMap.length - VALID_SHOWN) };
    if (!this.metric?.trim()) return { kind: 'error', problem: { message: t.errors.missingAttribute('metric'), ...valid } };
    const metric = getMetric(this.metric.trim());
    if (!metric) return { kind: 'error', problem: { message: t.errors.unknownMetric(this.metric), ...valid } };
    const highlight = this.highlight?.trim() ? findEntity(this.highlight) : undefined;
    if (this.highlight?.trim() && highlight?.level !== 'prefecture') {
      const message = highlight ? t.errors.notOnMap(placeName(highlight.id, lang)) : t.errors.unknownCity(this.highlight);
      return { kind: 'error', problem: { message, valid: entitiesAt('prefecture').slice(0, VALID_SHOWN).map((e) => `${e.id} (${e.name_zh} · ${e.name_en})`) } };
    }
    const actual = factsOfMetric(metric.id, { status: 'actual', level: 'prefecture' });
    if (actual.length === 0) return { kind: 'error', problem: { message: t.errors.noneReporting(metricLabel(metric, lang), t.levelPlural.prefecture), ...valid } };
    const periods = [...new Set(actual.map((f) => f.period))];
    const period = this.period?.trim() || mostReported(actual);
    if (!periods.includes(period)) return { kind: 'error', problem: { message: t.errors.unknownPeriod(period, metricLabel(metric, lang)), valid: periods } };

    const shown = onePerEntity(metric.id, { status: 'actual', level: 'prefecture', period });
    const facts = new Map(shown.map((f) => [f.entity, f]));
    const values = shown.map((f) => f.value);
    // Counts are whole: "0–1, 2–3" rather than "0–1.6, 1.6–3.2". Their scale ends on a multiple of
    // the steps past the largest value, so every step holds as many whole numbers ("0–1, 2–3, 4–5",
    // not "…, 4, 5–6").
    const whole = metric.unit !== 'percent' && values.every(Number.isInteger);
    const [low, high] = [Math.min(0, ...values), Math.max(...values)];
    const scale = whole
      ? scaleQuantize<string>().domain([low, low + Math.ceil((high - low + 1) / STEPS) * STEPS]).range(PALETTE)
      : scaleQuantize<string>().domain([low, high]).nice().range(PALETTE);
    const legend = PALETTE.flatMap((color) => {
      const [lo, hi] = scale.invertExtent(color);
      if (!whole) return [{ color, label: `${formatTick(lo, metric.unit, lang)}–${formatTick(hi, metric.unit, lang)}` }];
      const from = Math.ceil(lo);
      // The scale ends past the largest value, on a whole step: each step ends one short of the next.
      const to = Math.ceil(hi) - 1;
      if (from > to) return [];
      return [{ color, label: from === to ? formatTick(from, metric.unit, lang) : `${formatTick(from, metric.unit, lang)}–${formatTick(to, metric.unit, lang)}` }];
    });
    const ranking = rankFacts(shown, metric.higher_is_better);
    const summary = rankingInWords(ranking, metric, t, lang, {
      reported: t.reportedBy(shown.length, levelTotal('prefecture'), t.levelPlural.prefecture),
      levelLabel: t.levelPlural.prefecture,
      period,
      highlight,
    });
    // Every figure the map or its table shows, in the table's order: each city, its counties under it.
    const countyFacts = factsOfMetric(metric.id, { level: 'county' });
    const counties = new Map(FEATURES.map((f) => [f.entity, countiesUnder(countyFacts, f.entity)]));
    const figures = FEATURES.flatMap((f) => [...(facts.has(f.entity) ? [facts.get(f.entity)!] : []), ...counties.get(f.entity)!]);
    const notes = definitionNotes(figures, t, lang);
    return { kind: 'map', metric, period, facts, figures, color: (v) => scale(v), legend, highlight, summary, notes, table: this.table(metric, period, facts, counties, lang, highlight?.id) };
  }

  /** Every city in reading order, its counties' figures listed under it (counties are not drawn). */
  private table(metric: Metric, period: string, facts: Map<string, Fact>, counties: Map<string, Fact[]>, lang: Lang, highlight?: string): TableModel {
    const t = this.t;
    const rows = FEATURES.flatMap((feature) => {
      const fact = facts.get(feature.entity);
      const city = {
        cells: [
          fact ? factPlace(fact, t, lang) : placeName(feature.entity, lang),
          fact ? valueText(fact, metric, lang) : t.notReported,
          fact ? formatPeriod(fact.period, lang) : formatPeriod(period, lang),
          fact ? t.status[fact.status] : '—',
          fact ? sourceTitle(getSource(fact.source)!, lang) : '—',
        ],
        numeric: [1],
        highlighted: feature.entity === highlight ? t.highlighted : undefined,
      };
      const countyRows = counties.get(feature.entity)!.map((f) => ({
        cells: [factPlace(f, t, lang), valueText(f, metric, lang), formatPeriod(f.period, lang), t.status[f.status], sourceTitle(getSource(f.source)!, lang)],
        numeric: [1],
        nested: true,
      }));
      return [city, ...countyRows];
    });
    return {
      caption: t.tableCaption(metricLabel(metric, lang)),
      columns: [t.columns.place, t.columns.value, t.columns.period, t.columns.status, t.columns.source],
      rows,
    };
  }

  /** The map's drawn width: it reads best up to about 720 px wide at 16 px text (beyond that it would only grow), wider at larger text, whose labels need the room. */
  private get mapWidth(): number {
    return Math.min(Math.max(this.size.width, 200), 720 * textScale(this.size.text));
  }

  /** The city whose tooltip shows: the one under the pointer, else the focused one. */
  private get pointed(): string | undefined {
    return this.hovered ?? this.focused;
  }

  private choose(entity: string): void {
    this.selected = this.selected === entity ? undefined : entity;
    this.quoteOpen = false;
  }

  protected renderModel(model: MapModel) {
    const t = this.t;
    const lang = this.language.lang;
    const width = this.mapWidth;
    const scale = MAP.width / width;
    // Labels are 12 px at 16 px text, in map units (the map is drawn scaled to its width).
    const em = textScale(this.size.text);
    const font = VALUE_SIZE * em * scale;
    const hatchId = `${this.idPrefix}-hatch`;
    // Names fit beside each other from 480 px at 16 px text, and from proportionally more at larger text.
    const labelled = width >= 480 * em;
    const tip = this.pointed && this.pointed !== this.dismissed ? this.tooltip(model, this.pointed, lang) : undefined;
    const selected = this.selected ? model.facts.get(this.selected) : undefined;
    // The svg's tabindex="-1": see chart/bar-chart.ts (one tab stop per chart).
    return html`<figure part="figure" aria-labelledby="${this.idPrefix}-title" aria-describedby="${this.idPrefix}-summary">
      <p class="title" id="${this.idPrefix}-title" part="title">${t.mapTitle(metricLabel(model.metric, lang), formatPeriod(model.period, lang))}</p>
      <p class="summary" id="${this.idPrefix}-summary" part="summary">${model.summary}</p>
      <p hidden id="${this.idPrefix}-instructions">${t.mapInstructions}</p>
      <div class="map-wrap">
        <svg
          part="chart"
          viewBox="0 0 ${MAP.width} ${MAP.height}"
          width=${width}
          height=${Math.round((MAP.height / MAP.width) * width)}
          role="group"
          tabindex="-1"
          aria-labelledby="${this.idPrefix}-title"
          aria-describedby="${this.idPrefix}-instructions"
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              const target = (e.target as Element).closest('.point') as SVGElement | null;
              if (target?.dataset.entity) this.choose(target.dataset.entity);
              return;
            }
            this.nav.onKeyDown(e);
          }}
          @focusin=${(e: FocusEvent) => {
            this.nav.onFocusIn(e);
            // A click focuses too; only keyboard focus gets the focus ring (the pointer has its own outline).
            const target = e.target as SVGElement;
            this.focused = target.matches(':focus-visible') ? target.dataset?.entity : undefined;
          }}
          @focusout=${() => (this.focused = undefined)}
          @pointerleave=${() => (this.hovered = this.dismissed = undefined)}
        >
          <defs aria-hidden="true">
            <pattern id=${hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="var(--_bg)"></rect>
              <line x1="0" y1="0" x2="0" y2="8" stroke="var(--_hatch)" stroke-width="3"></line>
            </pattern>
          </defs>
          ${FEATURES.map((feature, i) => {
            const fact = model.facts.get(feature.entity);
            const name = placeName(feature.entity, lang);
            const label = fact ? `${pointLabel(fact, model.metric, t, lang)}` : `${t.labelled(name)}${t.notReported}`;
            const highlighted = feature.entity === model.highlight?.id;
            return svg`<g class="point ${fact ? '' : 'not-reported'}" part="point" role="img" aria-label=${highlighted ? t.bracket(label, t.highlighted) : label}
                aria-current=${this.selected === feature.entity ? 'true' : nothing} tabindex=${this.nav.tabIndexFor(i, FEATURES.length)} data-entity=${feature.entity}
                @pointerenter=${() => (this.hovered = feature.entity)} @click=${() => this.choose(feature.entity)}>
              <path d=${feature.d} fill=${fact ? model.color(fact.value) : `url(#${hatchId})`} stroke="var(--_border)" stroke-width=${scale}></path>
            </g>`;
          })}
          <g aria-hidden="true">${this.rings(model)}</g>
          ${labelled ? this.labels(model, font, scale) : nothing}
        </svg>
        ${tip ? html`<div class="tooltip" part="tooltip" aria-hidden="true">${tip}</div>` : nothing}
      </div>
      <ul class="legend" part="legend" aria-label=${t.legend}>
        ${model.legend.map((entry) => html`<li><svg class="swatch" aria-hidden="true"><rect width="100%" height="100%" fill=${entry.color}></rect></svg>${entry.label}</li>`)}
        <li><svg class="swatch" aria-hidden="true"><rect width="100%" height="100%" fill="url(#${hatchId})"></rect></svg>${t.notReported}</li>
        ${model.highlight
          ? html`<li><span class="swatch outlined"></span>${placeName(model.highlight.id, lang)}</li>`
          : nothing}
      </ul>
      ${footnoteList(model.notes, t, lang)}
      ${sourcesLine(model.figures, t, lang)}
      <div aria-live="polite">${selected
        ? sourceNote({ t, lang, fact: selected, source: getSource(selected.source)!, open: this.quoteOpen, quoteId: `${this.idPrefix}-quote`, onToggle: this.toggleQuote, about: pointLabel(selected, model.metric, t, lang) })
        : this.selected
          ? html`<p class="source muted">${t.labelled(placeName(this.selected, lang))}${t.notReported}</p>`
          : html`<p class="source muted hint">${t.mapSourceHint}</p>`}</div>
      <div class="actions">${tableToggle(t, this.tableOpen, `${this.idPrefix}-table`, this.toggleTable)}</div>
      ${dataTable(model.table, `${this.idPrefix}-table`, this.tableOpen, `${this.idPrefix}-title`)}
    </figure>`;
  }

  /** Each city's name and value at its pole of inaccessibility (see secondLinesShown). */
  private labels(model: MapModel, font: number, scale: number) {
    const t = this.t;
    const lang = this.language.lang;
    const labels: MapLabel[] = FEATURES.map((feature) => {
      const fact = model.facts.get(feature.entity);
      return { x: feature.cx, y: feature.cy, name: placeName(feature.entity, lang), value: fact ? valueText(fact, model.metric, lang) : t.notReported, optional: !fact };
    });
    // The reader's letter and word spacing, in CSS px, in map units.
    const { letter, word } = this.size.text;
    const shown = secondLinesShown(labels, font, { letter: letter * scale, word: word * scale });
    return svg`<g aria-hidden="true" class="labels" font-size=${font}>
      ${FEATURES.map((feature, i) => {
        const fact = model.facts.get(feature.entity);
        // Text light or dark by the blue under it (its step; the styles choose per theme), with a halo over hatching.
        return svg`<text x=${feature.cx} y=${feature.cy} text-anchor="middle" class=${fact ? `step-${PALETTE.indexOf(model.color(fact.value))}` : 'on-hatch'}>
          <tspan x=${feature.cx} font-weight="600">${labels[i].name}</tspan>
          ${shown[i] ? svg`<tspan x=${feature.cx} dy="1.2em">${labels[i].value}</tspan>` : nothing}
        </text>`;
      })}
    </g>`;
  }

  /**
   * Outlines drawn over every region (a region's own stroke is half hidden by the
   * neighbours drawn after it). Each is two colours far apart in luminance (text or
   * highlight, and background), so one of the two stands out (≥ 3:1) from every
   * fill, light or dark, as in WCAG technique C40; the map's tests check it. The
   * highlight comes last and the focus ring is wider, so a focused highlighted
   * city shows both.
   */
  private rings(model: MapModel) {
    const ring = (entity: string | undefined, kind: 'highlight' | 'focus' | 'hover' | 'chosen') => {
      const feature = entity ? FEATURES.find((f) => f.entity === entity) : undefined;
      return feature ? svg`<path class="ring ${kind}" d=${feature.d}></path><path class="ring ${kind} inner" d=${feature.d}></path>` : nothing;
    };
    // The chosen city while its source shows below, unless focus or the pointer already outlines it.
    const chosen = this.selected && model.facts.has(this.selected) && this.selected !== this.focused && this.selected !== this.hovered ? this.selected : undefined;
    return [ring(this.focused, 'focus'), ring(this.hovered === this.focused ? undefined : this.hovered, 'hover'), ring(chosen, 'chosen'), ring(model.highlight?.id, 'highlight')];
  }

  /** Short, so the box stays in its corner: the source is one click (or Enter) away, below the map. */
  private tooltip(model: MapModel, entity: string, lang: Lang): string {
    const fact = model.facts.get(entity);
    return fact ? pointLabel(fact, model.metric, this.t, lang) : `${this.t.labelled(placeName(entity, lang))}${this.t.notReported}`;
  }
}
