// Chinese words inside English text (place names, terms the sources use, a
// Chinese attribute value) marked lang="zh-CN", so screen readers switch voice.
import { html } from 'lit';
import type { Lang } from '../i18n/strings.js';

/** Chinese characters and full-width punctuation, as a character-class body. */
export const CHINESE = '\u3000-\u9fff\uff00-\uffef';

/** A run of Chinese characters and full-width punctuation. */
export const CHINESE_RUN = new RegExp(`([${CHINESE}]+)`);

/** `text` as template parts, its Chinese runs in <span lang="zh-CN"> when the text around them is English. */
export function markChinese(text: string, textLang: Lang) {
  if (textLang === 'zh-CN') return text;
  return text.split(CHINESE_RUN).map((part, i) => (i % 2 ? html`<span lang="zh-CN">${part}</span>` : part));
}

/** A line break (with the spaces around it) between two Chinese characters: where the source's page broke a line. */
const BROKEN_LINE = new RegExp(`(?<=[${CHINESE}])[ \\t]*\\n\\s*(?=[${CHINESE}])`, 'g');

/**
 * A verbatim quote as it reads: the seed's line breaks are its page layout, not its text, so a
 * break inside a Chinese word ("乳腺癌筛\n查") joins up and any other reads as a space.
 */
export function quoteForReading(quote: string): string {
  return quote.replace(BROKEN_LINE, '').replace(/\s*\n\s*/g, ' ');
}
