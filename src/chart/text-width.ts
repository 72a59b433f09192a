// Label widths estimated without measuring text (measuring every label of 200
// widgets would cost a layout each): charts size their label columns and the
// map decides which labels fit from these.
import { CHINESE } from './mark-chinese.js';
import type { TextSpacing, TextStyle } from '../controllers/resize.js';

const CJK = new RegExp(`[${CHINESE}]`);
/** A Chinese character, a word with its trailing spaces, or spaces: the places a label may break. */
const BREAKABLE = new RegExp(`[${CHINESE}]|[^\\s${CHINESE}]+\\s*|\\s+`, 'g');

const NO_SPACING: TextSpacing = { letter: 0, word: 0 };

/** How much wider bold text (a highlighted name, a map label's name) runs than regular. */
export const BOLD = 1.1;

/**
 * The charts' text sizes at 16 px text, in one place: the styles size labels from
 * them (in em, so they grow with the reader's text: styles/chart.ts) and the
 * charts lay labels out with them.
 */
export const BASE_FONT_SIZE = 16;
/** Bar names. */
export const LABEL_SIZE = 13;
/** Values by bars and trend points; map labels. */
export const VALUE_SIZE = 12;
/** A target's label, a trend's periods. */
export const AXIS_SIZE = 11;

/** How much larger than at 16 px the charts draw their text: with the reader's, never smaller (as the styles' max()). */
export function textScale(text: TextStyle): number {
  return Math.max(text.size, BASE_FONT_SIZE) / BASE_FONT_SIZE;
}

/** Roughly how wide a label will be, without measuring text (CJK glyphs are square). */
export function estimateTextWidth(text: string, fontSize = 13, spacing = NO_SPACING): number {
  let width = 0;
  for (const char of text) width += (CJK.test(char) ? fontSize : fontSize * 0.58) + spacing.letter + (char === ' ' ? spacing.word : 0);
  return width;
}

/** A label broken into lines of at most `maxWidth` (estimated): between words, or between any two Chinese characters. */
export function wrapText(text: string, maxWidth: number, fontSize = 13, spacing = NO_SPACING): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(BREAKABLE) ?? []) {
    if (line.trim() && estimateTextWidth((line + token).trimEnd(), fontSize, spacing) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Where a label `labelWidth` wide, centred on `x`, stands so it stays inside a chart `width` wide. */
export function centredWithin(x: number, labelWidth: number, width: number): number {
  return Math.min(Math.max(x, labelWidth / 2), width - labelWidth / 2);
}
