// Scales (d3-scale) shared by the charts: a linear value scale from zero that
// always includes the reference lines (targets), niced for readable ticks.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export function valueScale(values: number[], range: [number, number]): ScaleLinear<number, number> {
  const max = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(4)
    .range(range);
}

/** Where a bar chart's scale reaches whatever its values: 100 for percentages, so a bar reads as a share of the whole, alike in every chart. */
export const scaleEnd = (unit: string): number | undefined => (unit === 'percent' ? 100 : undefined);
