// One tab stop per chart; arrow keys move between data points in reading order
// (or, on a map, to the nearest point in that direction),
// Home/End jump, Escape returns focus to the chart's container. A roving
// tabindex keeps exactly one point focusable, and each point's accessible name
// says its label, value, period and status.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class KeyboardNavigationController implements ReactiveController {
  /** Index of the point that holds the tab stop. */
  active = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Returns the focusable points, in reading order. */
    private readonly points: () => HTMLElement[] | SVGElement[],
    /**
     * For spatial charts (the map): the point an arrow key leads to from
     * `index`, or undefined to stay. Without it, arrows follow reading order.
     */
    private readonly neighbour?: (index: number, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight') => number | undefined,
  ) {
    host.addController(this);
  }

  /** Whether one of the points had focus when an update began. */
  private hadFocus = false;

  hostConnected(): void {}

  hostUpdate(): void {
    const focused = this.host.shadowRoot?.activeElement;
    this.hadFocus = !!focused && (this.points() as Element[]).includes(focused);
  }

  /**
   * A point that had focus and is gone after the update (a shorter ranking, another metric)
   * hands focus to the new chart's point in its place, clamped, rather than to the page.
   */
  hostUpdated(): void {
    if (!this.hadFocus) return;
    this.hadFocus = false;
    const points = this.points() as HTMLElement[];
    const focused = this.host.shadowRoot?.activeElement;
    if (points.length === 0 || (focused && (points as Element[]).includes(focused))) return;
    this.focus(Math.min(this.active, points.length - 1));
  }

  /** tabindex for the point at `index`: 0 for the active one, -1 for the rest. */
  tabIndexFor(index: number, count: number): number {
    return index === Math.min(this.active, Math.max(count - 1, 0)) ? 0 : -1;
  }

  /**
   * What a chart template needs to take part: its tab stops and handlers.
   * `offset` and `total` place a chart's points among all of a component's
   * (several small charts, one tab stop).
   */
  chartProps(offset = 0, total?: number) {
    return {
      tabIndexFor: (index: number, count: number) => this.tabIndexFor(offset + index, total ?? count),
      onKeyDown: this.onKeyDown,
      onFocusIn: this.onFocusIn,
    };
  }

  /** Keydown handler for the element that contains the points. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const points = this.points();
    if (points.length === 0) return;
    const last = points.length - 1;
    const current = Math.min(this.active, last);
    let next = current;
    // From the chart itself (after Escape), an arrow key comes back to the point that was active.
    if (!(points as Element[]).includes(event.target as Element) && event.key.startsWith('Arrow')) {
      event.preventDefault();
      this.focus(current);
      return;
    }
    if (this.neighbour && event.key.startsWith('Arrow')) {
      event.preventDefault();
      this.focus(this.neighbour(current, event.key as 'ArrowUp') ?? current);
      return;
    }
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(current + 1, last);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(current - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Escape': {
        // Leaves the points for the chart itself (tabindex="-1"), so a screen reader stays in
        // context; the points leave the tab order until focus moves on, so the next Tab goes past
        // the chart, not back into it, and Shift+Tab comes back to the point that was active.
        const chart = (points[current] as Element).closest('svg');
        if (!chart) return;
        for (const point of points) point.setAttribute('tabindex', '-1');
        chart.focus();
        chart.addEventListener('focusout', () => points[current]?.setAttribute('tabindex', '0'), { once: true });
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    this.focus(next);
  };

  /** Keeps the tab stop on whichever point was clicked or focused. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const index = (this.points() as Element[]).indexOf(event.target as Element);
    if (index >= 0 && index !== this.active) {
      this.active = index;
      this.host.requestUpdate();
    }
  };

  focus(index: number): void {
    const points = this.points();
    this.active = index;
    points.forEach((p, i) => p.setAttribute('tabindex', i === index ? '0' : '-1'));
    (points[index] as HTMLElement | undefined)?.focus();
    this.host.requestUpdate();
  }
}
