import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { normalizeLang, resolveLang } from '../../src/core/lang.js';
import { mount } from '../helpers/fixture.js';

suite('core/lang', () => {
  test('Chinese and English variants normalise; anything else is unknown', () => {
    expect(normalizeLang('zh')).to.equal('zh-CN');
    expect(normalizeLang('zh-Hans-CN')).to.equal('zh-CN');
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('fr')).to.equal(undefined);
  });

  test('the nearest lang wins, across shadow roots; unknown falls back to English', async () => {
    const outer = await mount<HTMLDivElement>(html`<div lang="zh-CN"><p lang="fr"><span></span></p><b></b></div>`);
    expect(resolveLang(outer.querySelector('b')!)).to.equal('zh-CN');
    expect(resolveLang(outer.querySelector('span')!)).to.equal('en');
    const host = document.createElement('div');
    outer.append(host);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('i'));
    expect(resolveLang(inner)).to.equal('zh-CN');
  });
});
