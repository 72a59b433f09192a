// Horizontal bars, one row per place, labelled with their values directly;
// optional reference line (a target) and rows for places that did not report,
// hatched and labelled. Every row is a keyboard-focusable point with a full
// accessible name; the chart is one tab stop (roving tabindex).
import { html, svg, nothing } from 'lit';
import { valueScale } from '../core/scales.js';
import type { TextStyle } from '../controllers/resize.js';
import { AXIS_SIZE, LABEL_SIZE, VALUE_SIZE, centredWithin, estimateTextWidth, textScale, wrapText } from './text-width.js';

export interface BarRow {
  key: string;
  label: string;
  /** Undefined when the place did not report: drawn hatched, never as zero. */
  value?: number;
  valueLabel: string;
  /** The point's accessible name: label, value, period, status. */
  ariaLabel: string;
  highlighted?: boolean;
  /** The point the reader chose, whose source shows below the chart: aria-current, so it is said, not only seen. */
  current?: boolean;
  /** Targets and plans are drawn dashed and hollow, never like results. */
  status?: 'actual' | 'target' | 'plan';
}

export interface BarChartModel {
  rows: BarRow[];
  reference?: { value: number; label: string };
  /** A value the scale reaches whatever the data: 100 for percentages, so a bar reads as a share of the whole, alike in every chart. */
  scaleTo?: number;
  width: number;
  /** The host's text size and spacing (ResizeController): labels grow and widen with them. */
  text: TextStyle;
  labelledBy: string;
  describedBy: string;
  tabIndexFor: (index: number, count: number) => number;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
  /** Called with a row's key when it is clicked or chosen with Enter or Space. */
  onSelect?: (key: string) => void;
}

// Sizes in px at 16 px text; they grow with the reader's text (em below).
const ROW = 26;
const BAR = 16;
const TOP = 18;
/** A stacked name's line. */
const LINE = 16;

/** Where stacked names start: clear of the axis line their bars start on (wrapped to the width less this). */
const STACKED_X = 4;

/** Below this width names and values stand above their bars, so long labels never squeeze the bars or run off the edge. */
const STACK_BELOW = 420;

export function barChart(model: BarChartModel) {
  const { rows, reference, width, text } = model;
  const em = textScale(text);
  // A target's label stands above the first row, which it must clear: a stacked name reaches above its row.
  const [rowHeight, barHeight, chartTop, lineHeight] = [ROW * em, BAR * em, (reference ? TOP + 6 : TOP) * em, LINE * em];
  const widthOfLabel = (label: string, bold = false) => estimateTextWidth(label, LABEL_SIZE * em, text, bold);
  const widthOfValue = (value: string, bold = false) => estimateTextWidth(value, VALUE_SIZE * em, text, bold);
  // The highlighted row's name is bold.
  const longestLabel = Math.max(...rows.map((r) => widthOfLabel(r.label, r.highlighted)), 40) + 8;
  const longestValue = Math.max(...rows.map((r) => widthOfValue(r.valueLabel, r.highlighted)), 30) + 6;
  // Names beside the bars when there is room for them and their values, else above.
  const stacked = width < STACK_BELOW || longestLabel > width * 0.38 || longestValue > width * 0.45;
  const labelWidth = stacked ? 0 : longestLabel;
  // Stacked, each value follows its name on the line above the bar when every name and value fit
  // there, so bars can use the whole width; otherwise values follow the bars, as beside.
  // (The value follows its name 0.6em of the name's size after it.)
  const inline = stacked && rows.every((r) => STACKED_X + widthOfLabel(r.label, r.highlighted) + 0.6 * LABEL_SIZE * em + widthOfValue(r.valueLabel, r.highlighted) + 2 <= width);
  // A value too wide to follow its bar (large text, text spacing, a narrow column) gets lines of its own under the name.
  const valueBelowName = stacked && !inline && longestValue > width * 0.45;
  const valueWidth = inline || valueBelowName ? 4 : longestValue;
  // Stacked names longer than the chart wrap onto more lines, and their rows grow.
  const lines = rows.map((r) => (stacked && !inline ? wrapText(r.label, width - STACKED_X, LABEL_SIZE * em, text) : [r.label]));
  const valueLines = rows.map((r) => (valueBelowName ? wrapText(r.valueLabel, width - STACKED_X, VALUE_SIZE * em, text) : []));
  const rowHeights = lines.map((l, i) => (stacked ? rowHeight + lineHeight * (l.length + valueLines[i].length) : rowHeight));
  let top = chartTop;
  const rowTops = rowHeights.map((h) => (top += h) - h);
  const x = valueScale([...rows.map((r) => r.value ?? 0), reference?.value ?? 0, model.scaleTo ?? 0], [labelWidth, Math.max(labelWidth + 40, width - valueWidth)]);
  const height = top + 4;
  const hatchId = `${model.labelledBy}-hatch`;
  // The target's label names the chart too (with its title): the line itself is drawn for the eye only.
  const referenceId = `${model.labelledBy}-reference`;
  // Centred on its line, but never past the chart's edges.
  const referenceX = reference ? centredWithin(x(reference.value), estimateTextWidth(reference.label, AXIS_SIZE * em, text), width) : 0;
  // tabindex="-1": an SVG with key or focus listeners is a tab stop of its own in
  // Chromium; this keeps the points the chart's one stop (and Escape lands here).
  return html`<svg
    part="chart"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    font-size=${text.size}
    role="group"
    tabindex="-1"
    aria-labelledby=${reference ? `${model.labelledBy} ${referenceId}` : model.labelledBy}
    aria-describedby=${model.describedBy}
    @keydown=${(event: KeyboardEvent) => {
      const key = (event.target as Element).closest<SVGElement>('.point')?.dataset.key;
      if (model.onSelect && key && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        model.onSelect(key);
        return;
      }
      model.onKeyDown(event);
    }}
    @click=${(event: MouseEvent) => {
      const key = (event.target as Element).closest<SVGElement>('.point')?.dataset.key;
      if (model.onSelect && key) model.onSelect(key);
    }}
    @focusin=${model.onFocusIn}
  >
    ${rows.some((r) => r.value === undefined)
      ? svg`<defs aria-hidden="true">
          <pattern id=${hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--_hatch)" stroke-width="2"></line>
          </pattern>
        </defs>`
      : nothing}
    <line aria-hidden="true" x1=${x(0)} x2=${x(0)} y1=${chartTop - 4} y2=${height} stroke="var(--_border)"></line>
    ${rows.map((row, i) => {
      const reported = row.value !== undefined;
      const end = reported ? x(row.value!) : x(0);
      const planned = row.status !== undefined && row.status !== 'actual';
      // One flat template per row, styled by class (see .point in chart styles):
      // at 200 cards, nested templates per row were most of the render time.
      // The bar's <title> shows pointer users on hover what focus announces. On the bar, not the
      // point (it would be read again as the point's description), and the bar aria-hidden (or
      // it would be read again as a child).
      const barOffset = stacked ? lineHeight * (lines[i].length + valueLines[i].length) : 0;
      const classes = `point${row.highlighted ? ' hl' : ''}${planned ? ' planned' : ''}${reported ? '' : ' missing'}`;
      return svg`<g class=${classes} part="point" role="img" aria-label=${row.ariaLabel} aria-current=${row.current ? 'true' : nothing} tabindex=${model.tabIndexFor(i, rows.length)} data-key=${row.key}
          transform="translate(0 ${rowTops[i]})">
        <text class="label" x=${stacked ? STACKED_X : labelWidth - 6} y=${stacked ? 6 * em : barOffset + barHeight / 2} dy="0.35em" text-anchor=${stacked ? 'start' : 'end'} aria-hidden="true">${lines[i].length > 1 || valueBelowName ? lines[i].map((line, j) => svg`<tspan x=${STACKED_X} dy=${j ? '1.2em' : nothing}>${line}</tspan>`) : row.label}${inline ? svg`<tspan class="value" dx="0.6em">${row.valueLabel}</tspan>` : nothing}${valueLines[i].map((line) => svg`<tspan class="value" x=${STACKED_X} dy="1.3em">${line}</tspan>`)}</text>
        <rect class="bar" aria-hidden="true" x=${x(0)} y=${barOffset} width=${reported ? Math.max(end - x(0), 1) : 24} height=${barHeight} fill=${reported ? nothing : `url(#${hatchId})`}><title>${row.ariaLabel}</title></rect>
        ${inline || valueBelowName ? nothing : svg`<text class="value" x=${reported ? end + 4 : x(0) + 28} y=${barOffset + barHeight / 2} dy="0.35em" aria-hidden="true">${row.valueLabel}</text>`}
      </g>`;
    })}
    ${reference
      ? svg`<g aria-hidden="true" class="reference">
          <!-- A band of the background under the dashes: they cross bars of any colour, and forced colours draw bars in the dashes' own. -->
          <line class="underlay" x1=${x(reference.value)} x2=${x(reference.value)} y1=${chartTop} y2=${height} stroke="var(--_bg)" stroke-width="4.5"></line>
          <line x1=${x(reference.value)} x2=${x(reference.value)} y1=${chartTop - 4} y2=${height} stroke="var(--_target)" stroke-width="1.5" stroke-dasharray="5 3"></line>
          <text id=${referenceId} class="axis-label" x=${referenceX} y=${chartTop - 8 * em} text-anchor="middle">${reference.label}</text>
        </g>`
      : nothing}
  </svg>`;
}
