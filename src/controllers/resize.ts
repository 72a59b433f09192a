// Tracks the host's own content width (not the window's) so charts lay out in
// real pixels and text never scales with the viewBox.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  /** Content width in CSS px; a phone-sized default until the first measurement. */
  width: number;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    fallbackWidth = 320,
  ) {
    this.width = fallbackWidth;
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once now, so the first render already has the real width and the
    // layout (stacked or side by side) does not change after it.
    const measured = contentWidth(this.host);
    if (measured > 0) this.width = measured;
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      // Ignore sub-pixel jitter and zero widths (display: none) to avoid render loops.
      if (width > 0 && Math.abs(width - this.width) >= 1) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Math.round(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}
