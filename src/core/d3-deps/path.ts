// What d3-shape gets for `d3-path` in the build (scripts/lib/d3-deps.mjs): a
// path of straight segments, which is all `line()` with its default linear
// curve draws. Numbers are rounded as d3-path rounds them (to `digits`
// decimals; d3-shape asks for 3).
export class Path {
  private d = '';
  private readonly scale: number | undefined;

  constructor(digits?: number | null) {
    this.scale = digits == null || digits > 15 ? undefined : 10 ** Math.floor(digits);
  }

  private round(value: number): number {
    return this.scale === undefined ? +value : Math.round(value * this.scale) / this.scale;
  }

  moveTo(x: number, y: number): void {
    this.d += `M${this.round(x)},${this.round(y)}`;
  }

  lineTo(x: number, y: number): void {
    this.d += `L${this.round(x)},${this.round(y)}`;
  }

  closePath(): void {
    if (this.d) this.d += 'Z';
  }

  toString(): string {
    return this.d;
  }
}
