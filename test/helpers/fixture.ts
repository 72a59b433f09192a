// Shared test helpers: mount an element and wait for it to render; run axe-core
// on it, shadow roots included, failing with every violation spelled out.
import { fixture, fixtureCleanup } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';
import { CHINESE_RUN } from '../../src/chart/mark-chinese.js';
import type { Fact } from '../../src/data/types.js';
import { data } from './data.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/**
 * Renders `template` into a fresh container and resolves once the element (a
 * Lit element or any element) has finished its first update.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

export { fixtureCleanup as unmountAll };

/** One line per violation: rule, impact, help, and the offending nodes. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe-core on `element` (its shadow root included) against WCAG 2.x A/AA and
 * best practices; throws listing every violation.
 */
export async function expectAccessible(element: Element): Promise<AxeResults> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // A fixture is not a whole page: page-level rules would report the test harness.
    rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
  });
  if (results.violations.length > 0) {
    throw new Error(`axe-core found ${results.violations.length} accessibility violation(s):\n${describeViolations(results.violations)}`);
  }
  return results;
}

/** Runs `run` and returns the console.warn calls it made (as joined strings). */
export async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/**
 * Mounts `<tag>` with its attributes set before it connects (as a page author
 * writes it), inside a container of `width` px, and waits for it to render
 * with its data.
 */
export async function mountElement<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: string,
  attrs: Record<string, string>,
  width?: number,
): Promise<T> {
  const container = await fixture<HTMLDivElement>(html`<div style=${width ? `width:${width}px` : ''}></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  container.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Mounts a widget with bad attributes and checks the shared bad-input contract:
 * a visible alert matching `message` that lists valid values, exactly one
 * console warning, no axe violation. Returns the element so the test can
 * correct its attributes and check the recovery.
 */
export async function expectBadInput<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  mountBad: () => Promise<T>,
  message: RegExp,
): Promise<T> {
  let el!: T;
  const warnings = await captureWarnings(async () => {
    el = await mountBad();
  });
  const alert = el.shadowRoot!.querySelector('[role="alert"]');
  if (!alert) throw new Error(`no alert shown (expected ${message})`);
  if (!message.test(alert.textContent ?? '')) throw new Error(`alert says "${alert.textContent?.trim()}", expected ${message}`);
  if (alert.querySelectorAll('li').length === 0) throw new Error('the alert lists no valid values');
  if (warnings.length !== 1) throw new Error(`expected one console warning, got ${warnings.length}: ${warnings.join(' | ')}`);
  await expectAccessible(el);
  return el;
}

/** Fails if a text in the widget's shadow root holds Chinese without a lang="zh-CN" element around it (screen readers would read it with the wrong voice). */
export function expectChineseMarked(el: Element): void {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const unmarked: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!CHINESE_RUN.test(node.textContent!)) continue;
    const parent = node.parentElement!;
    // Not read at all (hidden elements can still be read as a description, so they count).
    if (parent.closest('[aria-hidden="true"]')) continue;
    if (parent.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') unmarked.push(node.textContent!.trim());
  }
  if (unmarked.length) throw new Error(`Chinese without lang="zh-CN": ${unmarked.slice(0, 5).join(' | ')}`);
}

/** WCAG contrast ratio of two CSS colours as getComputedStyle writes them (`rgb(…)` or `#rrggbb`). */
export function contrastRatio(a: string, b: string): number {
  const channels = (colour: string) =>
    colour.startsWith('#') ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) : colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const luminance = (colour: string) => {
    const [r, g, b] = channels(colour).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Fails unless the widget's footnotes show each fact's curators' note once, in the
 * page's language, after the names of the places it is about (`placeName`).
 */
export function expectNotesShown(el: Element, facts: Array<{ note?: string; note_zh?: string; entity: string }>, placeName: (id: string) => string): void {
  const items = [...el.shadowRoot!.querySelectorAll('.footnotes li')];
  const chinese = el.closest('[lang]')?.getAttribute('lang') === 'zh-CN';
  for (const fact of facts) {
    const note = chinese ? fact.note_zh : fact.note;
    if (!fact.note) continue;
    if (!note) throw new Error(`a note without its ${chinese ? 'Chinese' : 'English'} version: ${fact.note ?? fact.note_zh}`);
    const withNote = items.filter((li) => li.querySelector(':scope > span')?.textContent === note);
    if (withNote.length !== 1) throw new Error(`the note "${note}" is shown ${withNote.length} times among: ${items.map((li) => li.textContent!.trim()).join(' | ')}`);
    const [item] = withNote;
    const about = item.textContent!.slice(0, item.textContent!.indexOf(note));
    if (!about.includes(placeName(fact.entity))) throw new Error(`the note "${note}" does not name ${placeName(fact.entity)}: "${item.textContent!.trim()}"`);
    if (item.hasAttribute('lang') || item.querySelector(':scope > span')!.hasAttribute('lang')) throw new Error(`the footnote "${item.textContent}" is marked as another language than the page's`);
  }
}

/**
 * Fails unless the widget's sources line names the document of every fact in
 * `shown`, and no document without a fact of `metrics` in the periods shown
 * (titles from data/dataset.json).
 */
export function expectSourcesNamed(el: Element, shown: Fact[], metrics: string[], lang: 'en' | 'zh-CN'): void {
  const line = el.shadowRoot!.querySelector('[part="sources"]')?.textContent ?? '';
  const periods = new Set(shown.map((f) => f.period));
  const possible = new Set(data.facts.filter((f) => metrics.includes(f.metric) && periods.has(f.period)).map((f) => f.source));
  for (const source of data.sources) {
    const title = lang === 'en' ? source.title_en : source.title_zh;
    if (shown.some((f) => f.source === source.id) && !line.includes(title)) throw new Error(`the sources line does not name "${title}": "${line}"`);
    if (!possible.has(source.id) && line.includes(title)) throw new Error(`the sources line names "${title}", which has no figure of ${metrics.join(', ')}`);
  }
}

/** Whether two boxes overlap by more than half a pixel each way. */
export function boxesOverlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Mounts with the reader's text at `size` px (--hhw-font-size on the page), restored after. */
export async function atTextSize<T>(size: number, mountIt: () => Promise<T>): Promise<T> {
  document.documentElement.style.setProperty('--hhw-font-size', `${size}px`);
  try {
    return await mountIt();
  } finally {
    document.documentElement.style.removeProperty('--hhw-font-size');
  }
}
