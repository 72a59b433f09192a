// Design tokens: every colour and size a host page may override, as prefixed
// CSS custom properties. Light by default, dark under prefers-color-scheme or
// theme="dark"; system colours under forced-colors and black on white on paper,
// whatever the theme. Contrast of every pair used for text is ≥ 4.5:1 and of marks
// ≥ 3:1 against the background, in both themes. Highlight and background are ≥ 7:1
// apart, so a two-colour highlight outline stands out from any map fill.
import { css } from 'lit';

/** The dark palette, used by theme="dark" and by prefers-color-scheme: dark. */
const dark = css`
    --_text: var(--hhw-color-text, #eef1f4);
    --_muted: var(--hhw-color-muted, #b4bcc6);
    --_bg: var(--hhw-color-background, #16191d);
    --_surface: var(--hhw-color-surface, #22272e);
    --_border: var(--hhw-color-border, #7d8794);
    --_bar: var(--hhw-color-bar, #7fa6d3);
    --_highlight: var(--hhw-color-highlight, #f2a266);
    --_target: var(--hhw-color-target, #eef1f4);
    --_focus: var(--hhw-color-focus, #8ab4f8);
    --_error: var(--hhw-color-error, #ff9b9b);
    --_hatch: var(--hhw-color-not-reported, #9aa3ad);
`;

export const tokens = css`
  :host {
    --_text: var(--hhw-color-text, #1b1f24);
    --_muted: var(--hhw-color-muted, #4f5660);
    --_bg: var(--hhw-color-background, #ffffff);
    --_surface: var(--hhw-color-surface, #f3f5f7);
    --_border: var(--hhw-color-border, #8a929c);
    --_bar: var(--hhw-color-bar, #4f6f94);
    --_highlight: var(--hhw-color-highlight, #8a3412);
    --_target: var(--hhw-color-target, #1b1f24);
    --_focus: var(--hhw-color-focus, #0b57d0);
    --_error: var(--hhw-color-error, #a4161a);
    --_hatch: var(--hhw-color-not-reported, #6b7280);
    --_radius: var(--hhw-radius, 6px);
    --_space: var(--hhw-space, 0.75em);
    --_font: var(--hhw-font-family, inherit);
    --_motion: var(--hhw-motion-duration, 150ms);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  /* Every host, as specifically as the theme rules above (and later), so these win over both. */
  @media print {
    /* Black on white on paper whatever the theme or the page's colours (a dark background is not printed). */
    :host([theme]),
    :host(:not([theme])) {
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #999;
      --_bar: #4f6f94;
      --_highlight: #8a3412;
      --_target: #000;
      --_error: #a4161a;
      --_hatch: #6b7280;
    }
  }
  @media (forced-colors: active) {
    :host([theme]),
    :host(:not([theme])) {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_bar: CanvasText;
      --_highlight: Highlight;
      --_target: CanvasText;
      --_focus: Highlight;
      --_error: CanvasText;
      --_hatch: GrayText;
    }
  }
`;
