// Tracks the host's own content width (not the window's) so charts lay out in
// real pixels and text never scales with the viewBox, and the reader's letter
// and word spacing, which widen every label the charts place.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Extra width, in px, after each character and each space (CSS letter-spacing, word-spacing). */
export interface TextSpacing {
  letter: number;
  word: number;
}

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

/**
 * The widest a chart is drawn for paper. A chart drawn at a wide screen's width
 * would be shrunk to the page, its labels to a few points; A4 and Letter pages at
 * their default margins are wider than this, so labels print at their own size.
 * No ResizeObserver runs for print layout: the width is capped from beforeprint
 * to afterprint, and the hosts render again in between (the update's microtask
 * runs before the browser lays the page out).
 */
export const PRINT_WIDTH = 680;
let printing = false;
function setPrinting(value: boolean): void {
  printing = value;
  for (const controller of controllers.values()) controller.host.requestUpdate();
}
addEventListener('beforeprint', () => setPrinting(true));
addEventListener('afterprint', () => setPrinting(false));

export class ResizeController implements ReactiveController {
  private current: number;
  private currentSpacing: TextSpacing = { letter: 0, word: 0 };

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    fallbackWidth = 320,
  ) {
    this.current = fallbackWidth;
    host.addController(this);
  }

  /** Content width in CSS px, measured before the first render uses it (at most PRINT_WIDTH while printing). */
  get width(): number {
    if (unmeasured.has(this)) measureAll();
    return printing ? Math.min(this.current, PRINT_WIDTH) : this.current;
  }

  /** Letter and word spacing, measured with the width (a reader's text-spacing style sets them). */
  get spacing(): TextSpacing {
    if (unmeasured.has(this)) measureAll();
    return this.currentSpacing;
  }

  /** Reads the width now (a layout read; called for all unmeasured hosts at once). */
  measureNow(): void {
    const style = getComputedStyle(this.host);
    const width = Math.round(this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (width > 0) this.current = width;
    this.readSpacing(style);
  }

  /** Whether the spacing changed (`normal`, read as NaN, is no extra space). */
  private readSpacing(style: CSSStyleDeclaration): boolean {
    const letter = parseFloat(style.letterSpacing) || 0;
    const word = parseFloat(style.wordSpacing) || 0;
    if (letter === this.currentSpacing.letter && word === this.currentSpacing.word) return false;
    this.currentSpacing = { letter, word };
    return true;
  }

  /**
   * Called by the shared observer with the new content width. A text-spacing
   * style applied after load changes the host's height, not always its width,
   * so the spacing is read again here too (style is clean by now: no recalc).
   */
  resized(width: number): void {
    // Ignore sub-pixel jitter and zero widths (display: none) to avoid render loops.
    const widthChanged = width > 0 && Math.abs(width - this.current) >= 1;
    if (widthChanged) this.current = width;
    if (this.readSpacing(getComputedStyle(this.host)) || widthChanged) this.host.requestUpdate();
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
