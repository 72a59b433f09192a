// Spatial keyboard navigation: from one point, the nearest point in the
// direction of an arrow key, within a 120° cone; off-axis distance counts
// double so "right" prefers the neighbour straight to the right.
export interface Point {
  x: number;
  y: number;
}

const DIRECTIONS = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
} as const;

export function nearestInDirection(points: readonly Point[], from: number, key: keyof typeof DIRECTIONS): number | undefined {
  const [dx, dy] = DIRECTIONS[key];
  const origin = points[from];
  let best: number | undefined;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const along = (p.x - origin.x) * dx + (p.y - origin.y) * dy;
    const across = Math.abs((p.x - origin.x) * dy - (p.y - origin.y) * dx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** Reading order for places on a map: rows of `band` px from the top, left to right within a row. */
export function readingOrder<T extends Point>(points: readonly T[], band = 70): T[] {
  return [...points].sort((a, b) => Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x);
}
