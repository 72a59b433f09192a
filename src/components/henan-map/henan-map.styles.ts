import { css } from 'lit';

export const mapStyles = css`
  :host {
    --hhw-loading-height: 36em;
  }
  .map-wrap {
    position: relative;
  }
  .point {
    cursor: pointer;
  }
  /* Focus is shown by a ring along the region's outline (.ring.focus), not by a box around it. */
  .point:focus {
    outline: none;
  }
  .ring {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  /* Focus is wider than the highlight drawn over it, so a focused highlighted city shows both. */
  .ring.focus {
    stroke: var(--_text);
    stroke-width: 11px;
  }
  .ring.focus.inner {
    stroke: var(--_bg);
    stroke-width: 5px;
  }
  /* The pointer's city, and the chosen one whose source shows below: thin two-tone outlines. */
  .ring.hover,
  .ring.chosen {
    stroke: var(--_text);
    stroke-width: 4px;
  }
  .ring.hover.inner,
  .ring.chosen.inner {
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  .ring.highlight {
    stroke: var(--_bg);
    stroke-width: 7px;
  }
  .ring.highlight.inner {
    stroke: var(--_highlight);
    stroke-width: 3px;
  }
  .labels text {
    paint-order: stroke;
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  /* Each label in the ink its blue calls for (the theme sets it), on a halo of that blue. */
  .labels .step-0 {
    fill: var(--_ink-0);
    stroke: var(--_map-0);
  }
  .labels .step-1 {
    fill: var(--_ink-1);
    stroke: var(--_map-1);
  }
  .labels .step-2 {
    fill: var(--_ink-2);
    stroke: var(--_map-2);
  }
  .labels .step-3 {
    fill: var(--_ink-3);
    stroke: var(--_map-3);
  }
  .labels .step-4 {
    fill: var(--_ink-4);
    stroke: var(--_map-4);
  }
  .labels .on-hatch {
    fill: var(--_text);
    stroke: var(--_bg);
  }
  /* In the map's top-left corner, which Henan's outline leaves empty: it never covers a city, a label or an outline. */
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    max-width: min(200px, 45%);
    padding: 0.4em 0.6em;
    font-size: 0.8em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
    pointer-events: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    border: 1px solid var(--_border);
  }
  .swatch.outlined {
    border: 3px solid var(--_highlight);
  }
  @media print {
    /* What the pointer or keyboard was on is not part of the printed map. */
    .tooltip,
    .ring.focus,
    .ring.hover,
    .ring.chosen {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .point path,
    .ring {
      forced-color-adjust: none;
    }
    /* Focus in the system's highlight colour, as everywhere else; the highlighted city dashed. */
    .ring.focus {
      stroke: Highlight;
    }
    .ring.highlight.inner {
      stroke: CanvasText;
      stroke-dasharray: 6 3;
    }
    .swatch {
      forced-color-adjust: none;
    }
    .swatch.outlined {
      border: 3px dashed CanvasText;
    }
  }
`;
