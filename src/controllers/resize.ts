// Tracks the host's own content width (not the window's) so charts lay out in
// real pixels and text never scales with the viewBox.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Hosts connected but not yet measured. The first one to need its width
 * measures them all in one pass: reading every width before any of them
 * renders costs one layout, not one per widget (200 cards, one reflow).
 */
const unmeasured = new Set<ResizeController>();

function measureAll(): void {
  for (const controller of unmeasured) controller.measureNow();
  unmeasured.clear();
}

/** One ResizeObserver for every widget on the page. */
const controllers = new Map<Element, ResizeController>();
let observer: ResizeObserver | undefined;
function sharedObserver(): ResizeObserver {
  return (observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.resized(Math.round(entry.contentRect.width));
  }));
}

export class ResizeController implements ReactiveController {
  private current: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    fallbackWidth = 320,
  ) {
    this.current = fallbackWidth;
    host.addController(this);
  }

  /** Content width in CSS px, measured before the first render uses it. */
  get width(): number {
    if (unmeasured.has(this)) measureAll();
    return this.current;
  }

  /** Reads the width now (a layout read; called for all unmeasured hosts at once). */
  measureNow(): void {
    const style = getComputedStyle(this.host);
    const width = Math.round(this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (width > 0) this.current = width;
  }

  /** Called by the shared observer with the new content width. */
  resized(width: number): void {
    // Ignore sub-pixel jitter and zero widths (display: none) to avoid render loops.
    if (width > 0 && Math.abs(width - this.current) >= 1) {
      this.current = width;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    unmeasured.add(this);
    controllers.set(this.host, this);
    sharedObserver().observe(this.host);
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    controllers.delete(this.host);
    observer?.unobserve(this.host);
  }
}
