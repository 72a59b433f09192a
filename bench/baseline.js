// The baseline the benchmark compares with: hand-written d3 + DOM code drawing
// the same cards (title, value, summary, a ranked bar chart of the places that
// reported the metric) from the same data, with no framework and no extras.
import { scaleLinear } from 'd3-scale';
import index from '../data/runtime/index.js';

const SVG = 'http://www.w3.org/2000/svg';
const shards = import.meta.glob('../data/runtime/programs/*.js', { eager: true, import: 'default' });
const facts = Object.values(shards).flatMap((s) => s.facts);
const metrics = new Map(Object.values(shards).flatMap((s) => s.metrics).map((m) => [m.id, m]));
const entities = new Map(index.entities.map((e) => [e.id, e]));

function el(tag, text, parent) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

export function drawCard(host, entityId, metricId) {
  const metric = metrics.get(metricId);
  const entity = entities.get(entityId);
  const fact = facts.find((f) => f.entity === entityId && f.metric === metricId && f.status === 'actual');
  const peers = facts
    .filter((f) => f.metric === metricId && f.period === fact.period && f.status === 'actual' && entities.get(f.entity).level === entity.level)
    .sort((a, b) => b.value - a.value);
  const root = host.attachShadow({ mode: 'open' });
  const figure = el('figure', undefined, root);
  el('p', `${entity.name_en} · ${metric.label_en}`, figure);
  el('p', `${fact.value}`, figure);
  el('p', `${metric.label_en} in ${entity.name_en}: ${fact.value} in ${fact.period}.`, figure);
  const width = 320;
  const x = scaleLinear().domain([0, Math.max(...peers.map((p) => p.value))]).nice().range([80, width - 60]);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', peers.length * 26 + 20);
  peers.forEach((p, i) => {
    const g = document.createElementNS(SVG, 'g');
    const label = document.createElementNS(SVG, 'text');
    label.textContent = entities.get(p.entity).name_en;
    label.setAttribute('y', 20 + i * 26 + 12);
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', x(0));
    rect.setAttribute('y', 20 + i * 26);
    rect.setAttribute('width', x(p.value) - x(0));
    rect.setAttribute('height', 16);
    const value = document.createElementNS(SVG, 'text');
    value.textContent = String(p.value);
    value.setAttribute('x', x(p.value) + 4);
    value.setAttribute('y', 20 + i * 26 + 12);
    g.append(label, rect, value);
    svg.append(g);
  });
  figure.append(svg);
}

for (const host of document.querySelectorAll('[data-card]')) {
  const [entity, metric] = host.dataset.card.split('|');
  drawCard(host, entity, metric);
}
window.__renderedAt = performance.now();
