// Storybook controls whose choices come from the compiled dataset, labelled, so
// a designer reaches any combination without typing ids.
import raw from '../data/dataset.json';
import type { Dataset } from '../src/data/types.js';

/** The whole compiled dataset (stories may load it all; components load shards). */
export const dataset = raw as unknown as Dataset;

const byLevel = (level: string) => dataset.entities.filter((e) => e.level === level);

export const cityControl = {
  control: { type: 'select' as const, labels: Object.fromEntries(dataset.entities.map((e) => [e.id, `${e.name_en} · ${e.name_zh} (${e.level})`])) },
  options: [...byLevel('prefecture'), ...byLevel('county'), ...byLevel('province')].map((e) => e.id),
  description: 'Place id (a Chinese or English name also works).',
};

export const metricControl = {
  control: {
    type: 'select' as const,
    labels: Object.fromEntries(dataset.metrics.map((m) => [m.id, `${m.label_en} · ${m.label_zh} [${m.program}]`])),
  },
  options: dataset.metrics.map((m) => m.id),
  description: 'Metric id.',
};

export const programControl = {
  control: { type: 'select' as const, labels: Object.fromEntries(dataset.programs.map((p) => [p.id, `${p.label_en} · ${p.label_zh}`])) },
  options: dataset.programs.map((p) => p.id),
};

export const periodControl = {
  control: { type: 'select' as const },
  options: ['', ...[...new Set(dataset.facts.map((f) => f.period))].sort()],
  description: 'Year or span; empty for the latest.',
};

export const langControl = { control: { type: 'inline-radio' as const }, options: ['', 'en', 'zh-CN'], description: 'Empty: the toolbar\'s language (inherited from the page).' };
export const themeControl = { control: { type: 'inline-radio' as const }, options: ['', 'light', 'dark'], description: 'Empty: the toolbar\'s theme, else the reader\'s colour scheme.' };
