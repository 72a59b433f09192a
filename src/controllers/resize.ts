// Tracks the host's own content width (not the window's) so charts lay out in
// real pixels and text never scales with the viewBox, and the reader's text:
// its size (a reader who enlarges text gets larger chart labels too) and letter
// and word spacing, which widen every label the charts place.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BASE_FONT_SIZE, forgetMeasuredWidths } from '../chart/text-width.js';

/** Extra width, in px, after each character and each space (CSS letter-spacing, word-spacing), and the font labels are measured in. */
export interface TextSpacing {
  letter: number;
  word: number;
  /** The host's font-family (computed); unset, widths are estimated for a typical sans. */
  font?: string;
}

/** The host's text as the charts lay it out: font size and spacing, in CSS px. */
export interface TextStyle extends TextSpacing {
  size: number;
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
const controllers = new Map<ReactiveControllerHost & HTMLElement, ResizeController>();
let observer: ResizeObserver | undefined;
function sharedObserver(): ResizeObserver {
  return (observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target as HTMLElement & ReactiveControllerHost)?.resized(Math.round(entry.contentRect.width));
  }));
}

/**
 * The widest a chart is drawn for paper. A chart drawn at a wide screen's width
 * would be shrunk to the page, its labels to a few points; A4 and Letter pages at
 * their default margins are wider than this, so labels print at their own size.
 * No ResizeObserver runs for print layout: the width is capped from beforeprint
 * to afterprint, and the charts wider than that are drawn again at once.
 */
export const PRINT_WIDTH = 680;
let printing = false;
function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  for (const [host, controller] of controllers) {
    if (!controller.widerThanPaper) continue;
    // Drawn now, not in the update's microtask: a page's own Print button calls
    // window.print(), which fires beforeprint and lays the page out for paper
    // before that script returns and any microtask runs.
    host.requestUpdate();
    (host as unknown as { performUpdate(): void }).performUpdate();
  }
}
// Labels are measured in the host's font (chart/text-width.ts): a web font that arrives after
// the first render has other widths than its fallback, so every chart is laid out again.
globalThis.document?.fonts?.addEventListener('loadingdone', () => {
  forgetMeasuredWidths();
  for (const host of controllers.keys()) host.requestUpdate();
});
addEventListener('beforeprint', () => setPrinting(true));
addEventListener('afterprint', () => setPrinting(false));
// Where a browser fires no afterprint, the end of print media ends it too (where there is
// matchMedia: a DOM emulation such as jsdom, in a user's unit tests, has none).
globalThis.matchMedia?.('print').addEventListener('change', (event) => {
  if (!event.matches) setPrinting(false);
});

export class ResizeController implements ReactiveController {
  private current: number;
  private currentText: TextStyle = { size: BASE_FONT_SIZE, letter: 0, word: 0 };
  /** The animation frame a resize is drawn in, while one is pending. */
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    fallbackWidth = 320,
  ) {
    this.current = fallbackWidth;
    host.addController(this);
  }

  /** Whether the chart is drawn narrower for paper than for the screen. */
  get widerThanPaper(): boolean {
    return this.current > PRINT_WIDTH;
  }

  /** Content width in CSS px, measured before the first render uses it (at most PRINT_WIDTH while printing). */
  get width(): number {
    if (unmeasured.has(this)) measureAll();
    return printing ? Math.min(this.current, PRINT_WIDTH) : this.current;
  }

  /** Font size and letter and word spacing, measured with the width (a reader's text size and text-spacing style set them). */
  get text(): TextStyle {
    if (unmeasured.has(this)) measureAll();
    return this.currentText;
  }

  /** Reads the width now (a layout read; called for all unmeasured hosts at once). */
  measureNow(): void {
    const style = getComputedStyle(this.host);
    const width = Math.round(this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    if (width > 0) this.current = width;
    this.readText(style);
  }

  /** Whether the text changed: size, spacing (`normal`, read as NaN, is no extra space) or font. */
  private readText(style: CSSStyleDeclaration): boolean {
    const size = parseFloat(style.fontSize) || BASE_FONT_SIZE;
    const letter = parseFloat(style.letterSpacing) || 0;
    const word = parseFloat(style.wordSpacing) || 0;
    const font = style.fontFamily || undefined;
    const { currentText: current } = this;
    if (size === current.size && letter === current.letter && word === current.word && font === current.font) return false;
    this.currentText = { size, letter, word, font };
    return true;
  }

  /**
   * Called by the shared observer with the new content width. A larger text size
   * or a text-spacing style applied after load changes the host's height, not
   * always its width, so the text is read again here too (style is clean by now:
   * no recalc). The host renders in the next frame: rendered here, its new height
   * would be a resize this observer could not deliver in the same frame (a
   * "ResizeObserver loop" error on the page).
   */
  resized(width: number): void {
    // Ignore sub-pixel jitter and zero widths (display: none) to avoid render loops.
    const widthChanged = width > 0 && Math.abs(width - this.current) >= 1;
    if (widthChanged) this.current = width;
    if ((this.readText(getComputedStyle(this.host)) || widthChanged) && !this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.host.requestUpdate();
      });
    }
  }

  hostConnected(): void {
    unmeasured.add(this);
    controllers.set(this.host, this);
    sharedObserver().observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    unmeasured.delete(this);
    controllers.delete(this.host);
    observer?.unobserve(this.host);
  }
}
