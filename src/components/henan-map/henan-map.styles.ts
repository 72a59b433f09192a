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
  /* The focus ring follows the region's outline (.ring.focus), not its bounding box. */
  .point:focus-visible {
    outline: none;
  }
  .ring {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .ring.highlight {
    stroke: var(--_bg);
    stroke-width: 7px;
  }
  .ring.highlight.inner {
    stroke: var(--_highlight);
    stroke-width: 3px;
  }
  .ring.focus {
    stroke: var(--_text);
    stroke-width: 5px;
  }
  .ring.focus.inner {
    stroke: var(--_bg);
    stroke-width: 2px;
  }
  .labels text {
    paint-order: stroke;
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .labels .on-light {
    fill: #111;
    stroke: rgba(255, 255, 255, 0.85);
  }
  .labels .on-hatch {
    fill: var(--_text);
    stroke: var(--_bg);
  }
  .labels .on-dark {
    fill: #fff;
    stroke: #08519c;
  }
  .tooltip {
    position: absolute;
    max-width: 200px;
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
  .swatch.hatched {
    background: repeating-linear-gradient(45deg, var(--_hatch) 0 2px, var(--_bg) 2px 6px);
  }
  .swatch.outlined {
    border: 3px solid var(--_highlight);
  }
  @media (forced-colors: active) {
    .point path,
    .ring {
      forced-color-adjust: none;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
