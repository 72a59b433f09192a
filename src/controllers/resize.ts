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
