import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { mount, expectAccessible, expectBadInput, mountElement } from './fixture.js';
import '../../src/components/city-metric-card/city-metric-card.js';

/** A deliberately inaccessible element: its problems live inside its shadow root. */
class InaccessibleFixture extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <button></button>
      <p style="color:#777;background:#888">low contrast text</p>`;
  }
}
customElements.define('inaccessible-fixture', InaccessibleFixture);

suite('test helpers', () => {
  test('mount renders the template and returns the element', async () => {
    const el = await mount<HTMLElement>(html`<p lang="en">hello</p>`);
    expect(el.isConnected).to.equal(true);
    expect(el.textContent).to.equal('hello');
  });

  test('expectAccessible passes on an accessible fixture', async () => {
    const el = await mount(html`<div><button type="button">Show table</button><img alt="Map of Henan" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>`);
    const results = await expectAccessible(el);
    expect(results.violations).to.have.length(0);
  });

  test('expectAccessible fails on violations inside a shadow root and lists them', async () => {
    const el = await mount(html`<inaccessible-fixture></inaccessible-fixture>`);
    let message = '';
    try {
      await expectAccessible(el);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('image-alt');
    expect(message).to.contain('button-name');
    expect(message).to.contain('color-contrast');
  });

  test('expectBadInput passes on a widget showing its alert, and fails on one showing data', async () => {
    const bad = await expectBadInput(() => mountElement('city-metric-card', { city: 'atlantis', metric: 'fever-clinics', lang: 'en' }), /atlantis/);
    expect(bad.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    let message = '';
    try {
      await expectBadInput(() => mountElement('city-metric-card', { city: 'kaifeng', metric: 'fever-clinics', lang: 'en' }), /atlantis/);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('no alert shown');
  });
});
