// Ranking with ties: equal values share a rank (1, 2, 2, 4) and keep their
// input order, so the same data always draws the same way.
import type { Fact } from '../data/types.js';

export interface Ranked<T> {
  item: T;
  /** 1-based competition rank. */
  rank: number;
  /** Whether another item has the same value. */
  tied: boolean;
}

/**
 * Orders items by value: descending when higher is better or unknown (largest
 * first), ascending when lower is better. Array.prototype.sort is stable.
 */
export function rank<T>(items: readonly T[], valueOf: (item: T) => number, higherIsBetter: boolean | null): Ranked<T>[] {
  const direction = higherIsBetter === false ? 1 : -1;
  const sorted = [...items].sort((a, b) => direction * (valueOf(a) - valueOf(b)));
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const sameAsPrevious = previous !== undefined && valueOf(previous.item) === valueOf(item);
    ranked.push({ item, rank: sameAsPrevious ? previous.rank : index + 1, tied: false });
  });
  for (const entry of ranked) entry.tied = ranked.some((other) => other !== entry && other.rank === entry.rank);
  return ranked;
}

/** Ranks facts (one per entity) by their normalised value. */
export function rankFacts(facts: readonly Fact[], higherIsBetter: boolean | null): Ranked<Fact>[] {
  return rank(facts, (f) => f.value, higherIsBetter);
}
