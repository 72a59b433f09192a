// Styles shared by every chart: the frame, buttons, the data table, the source
// note, focus rings, the error view. Components add only their own layout.
import { css, unsafeCSS } from 'lit';
import { AXIS_SIZE, BASE_FONT_SIZE, LABEL_SIZE, VALUE_SIZE } from '../chart/text-width.js';

export const chartStyles = css`
  /*
   * The host element is the one node a page's global CSS can reach (say
   * "* { font-size: 30px; line-height: 3 }" or a CSS reset). !important inside
   * the shadow root wins over the page's rules, so these hold whatever the page
   * says; pages restyle the widget through the --hhw-* custom properties.
   * font-size: medium is the reader's own default size, not the page's.
   */
  :host {
    display: block !important;
    box-sizing: border-box !important;
    /* Layout containment, not size containment: container queries would make
       every widget re-run style during layout (measured: 200 cards, +300 ms).
       Widths come from the ResizeController instead. */
    contain: layout;
    color: var(--_text) !important;
    background: var(--_bg) !important;
    font-family: var(--_font);
    font-size: var(--hhw-font-size, medium) !important;
    font-weight: normal !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    /*
     * Not !important: a reader's text-spacing style (WCAG 1.4.12, say
     * "* { letter-spacing: 0.12em !important }") reaches the widget, while a
     * page's spacing on its body, inherited, does not.
     */
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    visibility: visible !important;
    /* Inherited properties a page may set that would mirror, rotate, split or outline the widget. */
    direction: ltr !important;
    unicode-bidi: isolate !important;
    writing-mode: horizontal-tb !important;
    word-break: normal !important;
    overflow-wrap: break-word !important;
    text-shadow: none !important;
    -webkit-text-fill-color: currentColor !important;
    font-size-adjust: none !important;
    text-emphasis: none !important;
    caption-side: top !important;
    fill: initial !important;
    stroke: none !important;
    border: 1px solid var(--_border) !important;
    border-radius: var(--_radius) !important;
    padding: var(--_space) !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
  }
  svg {
    display: block;
    overflow: visible;
  }
  svg text {
    fill: currentColor;
    font-family: inherit;
  }
  /* A label a line may run under (trend values) stays readable: a halo in the background colour. */
  svg text.halo {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .footnotes {
    margin: 0.75em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .summary {
    margin: 0.5em 0;
  }
  /*
   * The one element at the top of the shadow root. A page's text-decoration
   * (the widget inside a link, <u>, <ins> or <del>) is drawn through every
   * in-flow block inside, and nothing inside can turn it off; it stops at an
   * atomic inline, so the content is an inline-block as wide as the host.
   */
  .content {
    display: inline-block;
    width: 100%;
    vertical-align: top;
  }
  .loading {
    margin: 0;
    min-height: var(--hhw-loading-height, 12em);
  }
  .single .number {
    font-size: 1.6em;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  button {
    font: inherit;
    /* Browsers reset spacing on buttons; the reader's text spacing applies to them too. */
    letter-spacing: inherit;
    word-spacing: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.35em 0.75em;
    min-height: 24px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_text);
  }
  :focus-visible,
  .point:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0 0.4em;
    border-radius: 3px;
    border: 1px solid currentColor;
  }
  .status.target,
  .status.plan {
    border-style: dashed;
  }
  .table-region {
    overflow-x: auto;
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    /* Chinese may break between any two characters: without this a narrow table
       squeezes "郑州市" to one character a line instead of scrolling in its region. */
    white-space: nowrap;
  }
  /* Drawn, not read: the alternative text after the slash is empty. */
  th.nested::before {
    content: '↳ ' / '';
  }
  td.long {
    white-space: normal;
    min-width: 9em;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .source,
  .sources {
    font-size: 0.8em;
    color: var(--_muted);
    margin-top: 0.5em;
  }
  /* Chinese breaks lines between any two characters: keep "实际 2020年" whole. */
  .content:lang(zh-CN) .source .when {
    white-space: nowrap;
  }
  .source .about {
    color: var(--_text);
    font-weight: 600;
  }
  .source button {
    font-size: 1.1em;
  }
  blockquote {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.95em;
  }
  .error {
    border-inline-start: 4px solid var(--_error);
    padding: 0.25em 0.75em;
  }
  .error .title {
    color: var(--_error);
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Bar chart rows (chart/bar-chart.ts): highlighted, planned and not-reported rows by class. */
  .point.hl .label,
  .point.hl .value {
    font-weight: 700;
  }
  /* Not-reported rows keep their fill attribute: the hatch pattern of their own chart. */
  .point:not(.missing) .bar {
    fill: var(--_bar);
  }
  .point.hl:not(.missing) .bar {
    fill: var(--_highlight);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .point.planned .bar {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .point.missing .bar {
    stroke: var(--_hatch);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transition: width var(--_motion) ease-out;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    /*
     * On paper an inline-block cannot break across pages: a widget longer than a
     * page would be sliced through its rows. Printed, the content is a block (a
     * widget printed inside a link may then show the link's underline).
     */
    .content {
      display: block;
    }
    tr {
      break-inside: avoid;
    }
    .actions,
    .hint,
    .source button {
      display: none;
    }
    /* The verbatim quote prints, opened on screen or not: paper has no button. */
    .source .quote[hidden] {
      display: block;
    }
    /* Charts are drawn at most PRINT_WIDTH wide for paper (controllers/resize.ts); on a narrower page they scale down (viewBox). */
    svg {
      max-width: 100%;
      height: auto;
    }
  }
`;

/*
 * Chart text, in em of the chart's own font-size: the host's, set on each svg
 * (the charts lay their labels out for the same sizes: chart/text-width.ts), so
 * it grows with the reader's text, never below its size at 16 px. A plain string:
 * the build's HTML-literal minifier cannot split a css template with values
 * inside max().
 */
export const chartTextStyles = unsafeCSS(`
  .point .label {
    font-size: max(${LABEL_SIZE / BASE_FONT_SIZE}em, ${LABEL_SIZE}px);
  }
  .point text.value,
  text.value-label {
    font-size: max(${VALUE_SIZE / BASE_FONT_SIZE}em, ${VALUE_SIZE}px);
  }
  /* A value on its name's line: in em of the name's size. */
  .point tspan.value {
    font-size: ${VALUE_SIZE / LABEL_SIZE}em;
  }
  text.axis-label {
    font-size: max(${AXIS_SIZE / BASE_FONT_SIZE}em, ${AXIS_SIZE}px);
  }
`);
