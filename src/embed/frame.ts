// Runs inside dist/embed.html, after henan-health-widgets.js has defined the
// elements: builds the one widget its query string asks for,
// then reports the content height to the parent page (embed-host.js and AMP).
// Attribute values are set with setAttribute, never parsed as markup.
import { RESIZE, type ResizeMessage } from './protocol.js';

const WIDGETS = ['city-metric-card', 'program-comparison', 'city-ranking', 'henan-map', 'metric-trend', 'city-profile'];
const ATTRIBUTES = ['city', 'metric', 'period', 'subject', 'program', 'cities', 'metrics', 'level', 'highlight', 'lang', 'theme'];

const params = new URLSearchParams(location.search);
const widget = params.get('widget') ?? '';
const frameId = params.get('id') ?? '';
const root = document.getElementById('widget')!;

if (WIDGETS.includes(widget)) {
  const element = document.createElement(widget);
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  if (params.get('lang')) document.documentElement.lang = params.get('lang')!;
  root.replaceChildren(element);
} else {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Unknown widget "${widget}". Use one of: ${WIDGETS.join(', ')}.`;
  root.replaceChildren(message);
  console.warn(`henan-health-widgets embed: ${message.textContent}`);
}

let last = -1;
function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  const message: ResizeMessage = { type: RESIZE, id: frameId, height };
  window.parent.postMessage(message, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}
// The first height is the drawn widget's: until then the host keeps the height it gave the iframe.
const drawn = root.firstElementChild as (Element & { updateComplete?: Promise<unknown> }) | null;
Promise.resolve(drawn?.updateComplete)
  .catch(() => undefined)
  .then(() => {
    new ResizeObserver(report).observe(document.documentElement);
    report();
  });
