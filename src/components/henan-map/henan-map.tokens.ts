// The map's colour ramp, per theme, as custom properties (as src/styles/tokens.ts does
// for every widget's colours): blocks of bare declarations, which the build's CSS minifier
// cannot parse, so files named *tokens.ts are left unminified (vite.config.ts).
import { css } from 'lit';

/**
 * The light theme's (and paper's) blues, from the least to the most (darker means more),
 * and each one's label ink and halo: dark text (≥ 4.5:1) on the light blues, white on the darkest.
 */
const lightSteps = css`
    --_map-0: #deebf7;
    --_map-1: #9ecae1;
    --_map-2: #6baed6;
    --_map-3: #3182bd;
    --_map-4: #08519c;
    --_ink-0: #111;
    --_ink-1: #111;
    --_ink-2: #111;
    --_ink-3: #111;
    --_ink-4: #fff;
`;

/** The dark theme's blues, from the least to the most (lighter means more on a dark background), and their label ink. */
const darkSteps = css`
    --_map-0: #0d2a4a;
    --_map-1: #154b7d;
    --_map-2: #2a6fb0;
    --_map-3: #6aa6dc;
    --_map-4: #b9d7f2;
    --_ink-0: #fff;
    --_ink-1: #fff;
    --_ink-2: #fff;
    --_ink-3: #111;
    --_ink-4: #111;
`;

export const mapTokens = css`
  :host {
    ${lightSteps}
  }
  /* The ramp turns over with the theme, as tokens.ts does, and is the light one on paper. */
  :host([theme='dark']) {
    ${darkSteps}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkSteps}
    }
  }
  @media print {
    :host([theme]),
    :host(:not([theme])) {
      ${lightSteps}
    }
  }
`;
