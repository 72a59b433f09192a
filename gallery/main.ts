// The gallery's router: #/ lists the components, #/<tag> shows one component's
// live examples with their embed code.
import { html, render, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { galleryEntries, type GalleryEntry } from './components.js';

const nav = document.getElementById('nav')!;
const main = document.getElementById('main')!;

function home() {
  if (galleryEntries.length === 0) {
    return html`<h1>Gallery</h1>
      <p class="notice" role="status">
        No components are ready yet. The library, its dataset and its components are being built; each
        component gets its own page here, with live examples and the code to embed them, as soon as it exists.
      </p>`;
  }
  return html`<h1>Gallery</h1>
    <ul>
      ${galleryEntries.map((e) => html`<li><a href="#/${e.tag}"><code>&lt;${e.tag}&gt;</code></a> — ${e.summary}</li>`)}
    </ul>
    <p>To put a widget on your own page, use the <a href="#/embed">embed builder</a>.</p>`;
}

async function componentPage(entry: GalleryEntry) {
  await entry.load();
  return html`<h1><code>&lt;${entry.tag}&gt;</code> ${entry.title}</h1>
    <p>${entry.summary}</p>
    ${entry.examples.map(
      (example) => html`<section class="example">
        <h2>${example.title}</h2>
        <!-- Gallery examples are our own static markup, not user input. -->
        <div class="live">${unsafeHTML(example.markup)}</div>
        <h3>Embed code</h3>
        <pre><code>${example.markup}</code></pre>
      </section>`,
    )}`;
}

async function route() {
  const tag = location.hash.replace(/^#\/?/, '');
  if (tag === 'embed') {
    renderNav();
    const { renderEmbedBuilder } = await import('./embed-builder.js');
    renderEmbedBuilder(main);
    document.title = 'Embed builder · henan-health-widgets';
    return;
  }
  const entry = galleryEntries.find((e) => e.tag === tag);
  renderNav();
  render(entry ? await componentPage(entry) : home(), main);
  document.title = entry ? `<${entry.tag}> · henan-health-widgets` : 'henan-health-widgets gallery';
}

function renderNav() {
  render(
    galleryEntries.length
      ? html`<ul>
          ${galleryEntries.map((e) => html`<li><a href="#/${e.tag}">${e.tag}</a></li>`)}
          <li><a href="#/embed">Embed builder</a></li>
        </ul>`
      : nothing,
    nav,
  );
}

addEventListener('hashchange', route);
route();
