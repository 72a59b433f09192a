// A line across periods (d3-shape): results solid, targets and plans dashed and
// hollow, every point focusable and named. Used by the card's trend and by
// <metric-trend>.
import { html, svg, nothing } from 'lit';
import { line } from 'd3-shape';
import { scalePoint } from 'd3-scale';
import { valueScale } from '../core/scales.js';
import { AXIS_SIZE, VALUE_SIZE, centredWithin, estimateTextWidth, textScale, wrapText } from './text-width.js';
import type { TextStyle } from '../controllers/resize.js';

export interface TrendPoint {
  key: string;
  period: string;
  periodLabel: string;
  value: number;
  valueLabel: string;
  status: 'actual' | 'target' | 'plan';
  ariaLabel: string;
}

export interface TrendChartModel {
  points: TrendPoint[];
  width: number;
  /** Height at 16 px text (default 120); the chart grows with larger text, and by a line a value where values are listed under it. */
  height?: number;
  /** A label before what it labels ("2018: ", "2018年："): values listed under the chart. */
  labelled: (label: string) => string;
  /** The host's text size and spacing (ResizeController): labels and the margins that hold them grow with them. */
  text: TextStyle;
  labelledBy: string;
  describedBy: string;
  tabIndexFor: (index: number, count: number) => number;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
}

type Point = [x: number, y: number];

/** The margins above and below the line at 16 px text, for the value and period labels. */
const TOP = 22;
const BOTTOM = 24;

/**
 * Where a point's value label goes, above the point: away from the side where
 * the line climbs out of it, never past the chart's edges, and, where the edge
 * pushes it back over the line, lifted clear of it. In a valley the line climbs
 * on both sides; the label's halo keeps it readable there.
 */
function valueLabelPlace(label: string, [cx, cy]: Point, prev: Point | undefined, next: Point | undefined, width: number, text: TextStyle): LabelPlace {
  const em = textScale(text);
  const w = estimateTextWidth(label, VALUE_SIZE * em, text);
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
  const rises = (q?: Point): q is Point => q !== undefined && q[1] < cy - 1;
  /** The line's height at x, on the segment from this point to q. */
  const lineAt = (q: Point, x: number) => cy + ((q[1] - cy) * clamp((x - cx) / (q[0] - cx), 0, 1));
  const baseline = cy - 10 * em;
  if (rises(next) && !rises(prev)) {
    const x = clamp(cx + 4, w, width);
    return { anchor: 'end', x, y: Math.max(Math.min(baseline, lineAt(next, x) - 4), VALUE_SIZE * em), left: x - w, right: x };
  }
  if (rises(prev) && !rises(next)) {
    const x = clamp(cx - 4, 0, width - w);
    return { anchor: 'start', x, y: Math.max(Math.min(baseline, lineAt(prev, x) - 4), VALUE_SIZE * em), left: x, right: x + w };
  }
  const x = centredWithin(cx, w, width);
  return { anchor: 'middle', x, y: baseline, left: x - w / 2, right: x + w / 2 };
}

interface LabelPlace {
  anchor: 'start' | 'middle' | 'end';
  x: number;
  /** Baseline. */
  y: number;
  /** Horizontal extent, estimated. */
  left: number;
  right: number;
}

export function trendChart(model: TrendChartModel) {
  const { points, width, text } = model;
  // The margins hold the value and period labels: they grow with the text, and the chart with them.
  const em = textScale(text);
  // Listed values' lines: room for Chinese glyphs' full height.
  const lineHeight = VALUE_SIZE * em * 1.5;
  const margin = { top: TOP * em, right: 36, bottom: BOTTOM * em, left: 36 };
  const chartHeight = (model.height ?? 120) + (TOP + BOTTOM) * (em - 1);
  const x = scalePoint<string>()
    .domain(points.map((p) => p.key))
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = valueScale(points.map((p) => p.value), [chartHeight - margin.bottom, margin.top]);
  const at = (q?: TrendPoint): Point | undefined => (q ? [x(q.key) ?? 0, y(q.value)] : undefined);
  const labels = points.map((p, i) => valueLabelPlace(p.valueLabel, at(p)!, at(points[i - 1]), at(points[i + 1]), width, text));
  // Values too wide to stand over their points side by side (long values, large text, a narrow
  // chart) would read as each other's: they are listed under the periods instead, "2018: …".
  const crowded = labels.some((label, i) => i > 0 && label.left < labels[i - 1].right + 4);
  const listed = crowded ? points.map((p) => wrapText(`${model.labelled(p.periodLabel)}${p.valueLabel}`, width, VALUE_SIZE * em, text)) : [];
  const listTop = (i: number) => chartHeight + lineHeight * (listed.slice(0, i).flat().length + 0.5);
  const height = chartHeight + lineHeight * (listed.flat().length + (crowded ? 0.5 : 0));
  /** A period under its point, never past the chart's edges (a span such as 2016–2020 at large text). */
  const periodX = (label: string, cx: number) => centredWithin(cx, estimateTextWidth(label, AXIS_SIZE * em, text), width);
  const path = line<TrendPoint>()
    .x((p) => x(p.key) ?? 0)
    .y((p) => y(p.value));
  const actual = points.filter((p) => p.status === 'actual');
  const lastActual = actual.at(-1);
  // Targets and plans continue from the last result with a dashed line.
  const projected = points.filter((p) => p.status !== 'actual');
  // tabindex="-1": see bar-chart.ts (one tab stop per chart).
  return html`<svg
    part="chart"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    font-size=${text.size}
    role="group"
    tabindex="-1"
    aria-labelledby=${model.labelledBy}
    aria-describedby=${model.describedBy}
    @keydown=${model.onKeyDown}
    @focusin=${model.onFocusIn}
  >
    <g aria-hidden="true">
      <line x1=${margin.left - 10} x2=${width - margin.right + 10} y1=${chartHeight - margin.bottom} y2=${chartHeight - margin.bottom} stroke="var(--_border)"></line>
      ${actual.length > 1 ? svg`<path d=${path(actual) ?? ''} fill="none" stroke="var(--_bar)" stroke-width="2"></path>` : nothing}
      ${projected.length && lastActual
        ? svg`<path d=${path([lastActual, ...projected]) ?? ''} fill="none" stroke="var(--_bar)" stroke-width="2" stroke-dasharray="5 4"></path>`
        : projected.length > 1
          ? svg`<path d=${path(projected) ?? ''} fill="none" stroke="var(--_bar)" stroke-width="2" stroke-dasharray="5 4"></path>`
          : nothing}
    </g>
    ${points.map((p, i) => {
      const cx = x(p.key) ?? 0;
      const cy = y(p.value);
      const hollow = p.status !== 'actual';
      const label = labels[i];
      return svg`<g class="point" part="point" role="img" aria-label=${p.ariaLabel} tabindex=${model.tabIndexFor(i, points.length)}>
        <circle cx=${cx} cy=${cy} r="5" fill=${hollow ? 'var(--_bg)' : 'var(--_bar)'} stroke="var(--_bar)" stroke-width="2"
          stroke-dasharray=${hollow ? '2 2' : nothing}></circle>
        ${crowded
          ? svg`<text class="value-label" x="0" y=${listTop(i)} dy="0.9em" aria-hidden="true">${listed[i].map((line, j) => svg`<tspan x="0" dy=${j ? '1.5em' : nothing}>${line}</tspan>`)}</text>`
          : svg`<text class="value-label halo" x=${label.x} y=${label.y} text-anchor=${label.anchor} aria-hidden="true">${p.valueLabel}</text>`}
        <text class="axis-label" x=${periodX(p.periodLabel, cx)} y=${chartHeight - 6 * em} text-anchor="middle" aria-hidden="true">${p.periodLabel}</text>
      </g>`;
    })}
  </svg>`;
}
