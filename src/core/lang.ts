// Which language a component speaks: its own `lang`, else the nearest
// ancestor's (across shadow roots), else the document's; anything that is not
// Chinese or English falls back to English.
import type { Lang } from '../i18n/strings.js';

export function normalizeLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const lower = value.trim().toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/** The first non-empty `lang` on the element or its ancestors, crossing shadow boundaries. */
export function inheritedLangAttribute(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

export function resolveLang(element: Element): Lang {
  const declared = inheritedLangAttribute(element);
  return normalizeLang(declared) ?? 'en';
}
