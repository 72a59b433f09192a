// The baseline the benchmark compares with: hand-written d3 + DOM code drawing
// the same cards as <city-metric-card> — same shadow DOM structure, same
// stylesheet, same text (title, value with status and period, summary, the
// ranked bar chart with its target line, notes, source line and buttons) — from the
// same data, with no framework. What it leaves out is behaviour, not output:
// no reactivity, no keyboard handling, no language switching. Like the card, it draws
// each chart at its host's own width.
import { scaleLinear } from 'd3-scale';
import rawIndex from '../data/runtime/index.js';
import { decodeIndex, decodeShard } from '../src/data/runtime-format.ts';
import { tokens } from '../src/styles/tokens.js';
import { chartStyles, chartTextStyles } from '../src/styles/chart.js';
import { cardStyles } from '../src/components/city-metric-card/city-metric-card.styles.js';

const SVG = 'http://www.w3.org/2000/svg';
const index = decodeIndex(rawIndex);
const shards = Object.entries(import.meta.glob('../data/runtime/programs/*.js', { eager: true, import: 'default' })).map(([path, raw]) =>
  decodeShard(path.match(/([^/]+)\.js$/)[1], raw, index),
);
const facts = shards.flatMap((s) => s.facts);
const metrics = new Map(shards.flatMap((s) => s.metrics).map((m) => [m.id, m]));
const entities = new Map(index.entities.map((e) => [e.id, e]));
const sources = new Map(index.sources.map((s) => [s.id, s]));
const sheet = new CSSStyleSheet();
sheet.replaceSync([tokens, chartStyles, chartTextStyles, cardStyles].map((s) => s.cssText).join('\n'));
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const format = (f, m) => (m.unit === 'percent' ? `${number.format(f.value)}%` : `${number.format(f.value)} ${index.units[m.unit]?.label_en ?? ''}`.trim());

function el(tag, parent, text, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

function svgEl(tag, parent, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

export function drawCard(root, width, entityId, metricId, period) {
  const metric = metrics.get(metricId);
  const entity = entities.get(entityId);
  const fact = facts.find((f) => f.entity === entityId && f.metric === metricId && f.period === period && f.status === 'actual');
  const peers = facts
    .filter((f) => f.metric === metricId && f.period === fact.period && f.status === 'actual' && entities.get(f.entity).level === entity.level)
    .sort((a, b) => b.value - a.value);
  const figure = el('figure', root);
  const title = el('p', figure, undefined, 'title');
  el('span', title, entity.name_en, 'place');
  el('span', title, metric.label_en, 'metric');
  const value = el('p', figure, undefined, 'value actual');
  el('span', value, format(fact, metric), 'number');
  el('span', value, 'Actual', 'status actual');
  el('span', value, fact.period, 'period');
  const rank = peers.indexOf(fact) + 1;
  el('p', figure, `${metric.label_en} in ${entity.name_en}: ${format(fact, metric)} in ${fact.period}. That ranks ${rank} of the ${peers.length} places that reported it.`, 'summary');
  el('p', figure, 'Use the arrow keys to move between data points.', 'visually-hidden');
  const ranking = el('div', figure, undefined, 'ranking');
  el('p', ranking, `${metric.label_en}, ${fact.period} — ${peers.length} of 18 cities reported`, 'muted context-label');
  const x = scaleLinear().domain([0, Math.max(...peers.map((p) => p.value))]).nice().range([90, width - 90]);
  const svg = svgEl('svg', ranking, { width, height: 18 + peers.length * 26 + 4, role: 'group' });
  svgEl('line', svg, { x1: x(0), x2: x(0), y1: 14, y2: 18 + peers.length * 26, stroke: 'var(--_border)', 'aria-hidden': 'true' });
  peers.forEach((p, i) => {
    const y = 18 + i * 26;
    const g = svgEl('g', svg, { class: p === fact ? 'point hl' : 'point', role: 'img', tabindex: i === 0 ? 0 : -1, 'aria-label': `${entities.get(p.entity).name_en}: ${format(p, metric)}, ${p.period}, Actual` });
    svgEl('text', g, { x: 84, y: y + 8, dy: '0.35em', 'text-anchor': 'end', 'font-size': 13, 'aria-hidden': 'true' }, entities.get(p.entity).name_en);
    svgEl('rect', g, { class: 'bar', x: x(0), y, width: Math.max(x(p.value) - x(0), 1), height: 16, fill: p === fact ? 'var(--_highlight)' : 'var(--_bar)' });
    svgEl('text', g, { x: x(p.value) + 4, y: y + 8, dy: '0.35em', 'font-size': 12, 'aria-hidden': 'true' }, format(p, metric));
  });
  // The curators' notes on the figures drawn, the card's own first, each note once.
  const notes = new Map();
  for (const f of [fact, ...peers]) if (f.note) notes.set(f.note, [...new Set([...(notes.get(f.note) ?? []), `${entities.get(f.entity).name_en} ${f.period}`])]);
  if (notes.size) {
    const list = el('ul', figure, undefined, 'footnotes');
    list.setAttribute('aria-label', 'Notes');
    for (const [note, about] of notes) el('span', el('li', list, `${about.join(' and ')}: `), note);
  }
  const source = el('div', figure, undefined, 'source');
  const line = el('p', source, `Source: ${sources.get(fact.source).title_en}, ${sources.get(fact.source).date} · `);
  el('span', line, 'Actual', 'status actual');
  line.append(` ${fact.period}`);
  el('button', source, 'Show the original text').type = 'button';
  // The verbatim quote, hidden on screen (printed), as the card has it.
  const quote = el('div', source, undefined, 'quote');
  quote.hidden = true;
  el('blockquote', quote, fact.quote).lang = 'zh-CN';
  const actions = el('div', figure, undefined, 'actions');
  el('button', actions, 'Show data table').type = 'button';
  el('div', figure).hidden = true;
}

// Each card is drawn at its own width, as <city-metric-card> draws it: every shadow root
// with its stylesheet first, then every width in one read (one layout), then the drawing.
const hosts = [...document.querySelectorAll('[data-card]')];
const roots = hosts.map((host) => {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  return root;
});
const widths = hosts.map((host) => {
  const style = getComputedStyle(host);
  return Math.round(host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
});
hosts.forEach((host, i) => {
  const [entity, metric, period] = host.dataset.card.split('|');
  drawCard(roots[i], widths[i], entity, metric, period);
});
window.__markRendered();
