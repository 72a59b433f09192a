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
