// An approximation of Windows High Contrast / forced colours for designers: the
// widgets' colour tokens set to the CSS system colours they use in forced-colors
// mode. (The real mode is checked by emulation in the screenshots script.)
import { html } from 'lit';

export const forcedColorsPreview = (content: unknown) => html`<div
  style="background:Canvas;color:CanvasText;padding:8px;--hhw-color-text:CanvasText;--hhw-color-muted:CanvasText;--hhw-color-background:Canvas;--hhw-color-surface:Canvas;--hhw-color-border:CanvasText;--hhw-color-bar:CanvasText;--hhw-color-highlight:Highlight;--hhw-color-target:CanvasText;--hhw-color-focus:Highlight;--hhw-color-error:CanvasText;--hhw-color-not-reported:GrayText"
>
  ${content}
</div>`;
