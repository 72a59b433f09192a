// The embed builder: choose a component, place, programme, metric, language and
// theme; see the widget live; copy a script snippet (with fallback content that
// readers and crawlers see before JavaScript runs) or an iframe snippet for
// CMSs that strip scripts.
import { html, render, type TemplateResult } from 'lit';
import raw from '../data/dataset.json';
import type { Dataset } from '../src/data/types.js';
import '../src/all.js';
import type { ChartElement } from '../src/chart/chart-element.js';

const dataset = raw as unknown as Dataset;

type Widget = 'city-metric-card' | 'program-comparison' | 'city-ranking' | 'henan-map' | 'metric-trend' | 'city-profile';

interface Choice {
  widget: Widget;
  city: string;
  program: string;
  metric: string;
  lang: 'en' | 'zh-CN';
  theme: '' | 'light' | 'dark';
  host: string;
  /** The width of the page column the widget goes in ('' = the preview's full width): the reserved height is measured there. */
  width: string;
}

const state: Choice = {
  widget: 'city-metric-card',
  city: 'kaifeng',
  program: 'prenatal-newborn-screening',
  metric: 'prenatal-ultrasound-screening-rate',
  lang: 'en',
  theme: '',
  host: 'https://YOUR-SITE.example/henan-health-widgets/dist/',
  width: '',
};

const metricsOf = (program: string) => dataset.metrics.filter((m) => m.program === program && dataset.facts.some((f) => f.metric === m.id));
const levelOf = (id: string) => dataset.entities.find((e) => e.id === id)?.level;

/** The chosen place first, then up to three others of its level with results in the programme (targets are not results). */
function comparedPlaces(choice: Choice): string[] {
  const inProgram = new Set(dataset.metrics.filter((m) => m.program === choice.program).map((m) => m.id));
  const level = levelOf(choice.city);
  const others = dataset.facts.filter((f) => inProgram.has(f.metric) && f.status === 'actual' && levelOf(f.entity) === level).map((f) => f.entity);
  return [...new Set([choice.city, ...others])].slice(0, 4);
}

/** The widget's attributes for the current choice, in a stable order. */
function attributes(choice: Choice): Array<[string, string]> {
  const common: Array<[string, string]> = [['lang', choice.lang], ...(choice.theme ? [['theme', choice.theme] as [string, string]] : [])];
  switch (choice.widget) {
    case 'city-metric-card':
      return [['city', choice.city], ['metric', choice.metric], ...common];
    case 'city-ranking':
      return [['metric', choice.metric], ['highlight', choice.city], ...common];
    case 'program-comparison':
      return [['program', choice.program], ['cities', comparedPlaces(choice).join(',')], ...common];
    case 'henan-map': {
      // The map draws prefecture-level cities only: a county cannot be highlighted.
      const prefecture = dataset.entities.find((e) => e.id === choice.city)?.level === 'prefecture';
      return [['metric', choice.metric], ...(prefecture ? [['highlight', choice.city] as [string, string]] : []), ...common];
    }
    case 'metric-trend':
      return [['city', choice.city], ['metric', choice.metric], ...common];
    case 'city-profile':
      return [['city', choice.city], ...common];
  }
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The script snippet. The fallback holds the height the widget has in the preview
 * at the chosen column width (same font: exact there, close elsewhere), scrolling
 * inside it if it is longer, so nothing below moves when the widget appears. The
 * height is held by the fallback, not the element: once the widget is drawn it
 * takes its own height, and no blank space stays behind in another column or font.
 */
function scriptSnippet(choice: Choice, fallback: string, height: number, title: string): string {
  const attrs = attributes(choice).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return (
    `<script src="${escapeAttr(choice.host)}henan-health-widgets.js" defer></script>\n` +
    `<${choice.widget}${attrs} style="display:block">\n` +
    `  <div style="height:${height}px;overflow:auto" role="region" aria-label="${escapeAttr(title)}" tabindex="0">${fallback}</div>\n</${choice.widget}>`
  );
}

/** The host field as a folder URL: a missing final slash would glue file names onto it. */
const folder = (url: string) => (url.endsWith('/') ? url : `${url}/`);

function iframeSnippet(choice: Choice, height: number, title: string): string {
  const query = new URLSearchParams([['widget', choice.widget], ...attributes(choice), ['id', `hhw-${choice.widget}`]]);
  return (
    `<iframe data-hhw-embed src="${escapeAttr(choice.host)}embed.html?${escapeAttr(query.toString())}" title="${escapeAttr(title)}"\n` +
    `  style="width:100%;border:0;height:${height}px" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttr(choice.host)}embed-host.js" defer></script>`
  );
}

function select(label: string, value: string, options: Array<[string, string]>, onChange: (v: string) => void): TemplateResult {
  return html`<label>${label}
    <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </label>`;
}

async function copy(text: string, button: HTMLButtonElement) {
  await navigator.clipboard?.writeText(text).then(
    () => (button.textContent = 'Copied'),
    () => (button.textContent = 'Select the text and copy it'),
  );
}

export function renderEmbedBuilder(container: HTMLElement): void {
  const update = async () => {
    const programs = dataset.programs.filter((p) => metricsOf(p.id).length > 0);
    const metrics = metricsOf(state.program);
    if (!metrics.some((m) => m.id === state.metric)) state.metric = metrics[0]?.id ?? '';
    const preview = document.createElement(state.widget) as ChartElement;
    for (const [k, v] of attributes(state)) preview.setAttribute(k, v);
    render(
      html`<h1>Embed builder</h1>
        <p>Choose what to show, check it below, then copy one of the two snippets into your page or CMS.</p>
        <form class="builder" @submit=${(e: Event) => e.preventDefault()}>
          ${select('Component', state.widget, [
            ['city-metric-card', 'City metric card'],
            ['program-comparison', 'Programme comparison'],
            ['city-ranking', 'City ranking'],
            ['henan-map', 'Henan map'],
            ['metric-trend', 'Metric trend'],
            ['city-profile', 'City profile'],
          ], (v) => ((state.widget = v as Widget), update()))}
          ${select('Programme', state.program, programs.map((p) => [p.id, `${p.label_en} · ${p.label_zh}`]), (v) => ((state.program = v), update()))}
          ${select('Metric', state.metric, metrics.map((m) => [m.id, `${m.label_en} · ${m.label_zh}`]), (v) => ((state.metric = v), update()))}
          ${select('City', state.city, dataset.entities.map((e) => [e.id, `${e.name_en} · ${e.name_zh}`]), (v) => ((state.city = v), update()))}
          ${select('Language', state.lang, [['en', 'English'], ['zh-CN', '简体中文']], (v) => ((state.lang = v as Choice['lang']), update()))}
          ${select('Theme', state.theme, [['', 'Follow the reader'], ['light', 'Light'], ['dark', 'Dark']], (v) => ((state.theme = v as Choice['theme']), update()))}
          ${select('Your column width', state.width, [['', 'As wide as the preview'], ['320', '320 px (phone)'], ['480', '480 px'], ['640', '640 px'], ['800', '800 px']], (v) => ((state.width = v), update()))}
          <label><span>Where you host <code>dist/</code></span>
            <input type="url" .value=${state.host} @change=${(e: Event) => ((state.host = folder((e.target as HTMLInputElement).value.trim())), update())} />
          </label>
        </form>
        <h2>Preview</h2>
        <div class="preview" id="preview"></div>
        <h2>Script snippet</h2>
        <p>For pages that allow scripts. The text inside the element is what readers, search engines and RSS readers see before the script runs; it is hidden once the widget appears, and the reserved height keeps the page from jumping.</p>
        <pre><code id="script-snippet"></code></pre>
        <button type="button" id="copy-script">Copy script snippet</button>
        <h2>iframe snippet</h2>
        <p>For CMSs that strip scripts. The iframe resizes to its content when the page also includes <code>embed-host.js</code>; AMP pages can use <code>&lt;amp-iframe resizable&gt;</code> with the same URL.</p>
        <pre><code id="iframe-snippet"></code></pre>
        <button type="button" id="copy-iframe">Copy iframe snippet</button>`,
      container,
    );
    const slot = container.querySelector<HTMLElement>('#preview')!;
    // Measure at the column's width: a narrower widget wraps more and is taller.
    slot.style.maxWidth = state.width ? `${state.width}px` : '';
    slot.replaceChildren(preview);
    await preview.updateComplete;
    // Exact, in the 1/64 px units Chromium and WebKit lay out in: a rounded height (even to the
    // hundredth) would move the text below by the difference.
    const height = Math.round(preview.getBoundingClientRect().height * 64) / 64;
    const title = preview.shadowRoot?.querySelector('.title')?.textContent?.replace(/\s+/g, ' ').trim() ?? state.widget;
    const script = scriptSnippet(state, preview.fallbackHTML(), height, title);
    const iframe = iframeSnippet(state, height, title);
    container.querySelector('#script-snippet')!.textContent = script;
    container.querySelector('#iframe-snippet')!.textContent = iframe;
    // Fresh snippets, fresh buttons: "Copied" belonged to the previous ones.
    for (const [id, text, label] of [['#copy-script', script, 'Copy script snippet'], ['#copy-iframe', iframe, 'Copy iframe snippet']]) {
      const button = container.querySelector<HTMLButtonElement>(id)!;
      button.textContent = label;
      button.onclick = () => copy(text, button);
    }
  };
  update();
}
