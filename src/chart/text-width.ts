// Label widths without laying text out (a layout per label of 200 widgets would
// be slow): measured in the host's font on a canvas, which costs no layout, or
// estimated where there is no canvas. Charts size their label columns and the
// map decides which labels fit from these.
import { CHINESE } from './mark-chinese.js';
import type { TextSpacing, TextStyle } from '../controllers/resize.js';

const CJK = new RegExp(`[${CHINESE}]`);
/** A Chinese character, a word with its trailing spaces, or spaces: the places a label may break. */
const BREAKABLE = new RegExp(`[${CHINESE}]|[^\\s${CHINESE}]+\\s*|\\s+`, 'g');

const NO_SPACING: TextSpacing = { letter: 0, word: 0 };

/** How much wider bold text (a highlighted name, a map label's name) runs than regular, where it cannot be measured. */
const BOLD = 1.2;

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

let canvas: CanvasRenderingContext2D | null | undefined;
/** Each character's advance at 100 px, per font (weight and family): a page's labels share a few dozen characters. */
const advances = new Map<string, Map<string, number>>();

/**
 * The width of `text` at `size` px in a font, from a canvas (no layout): the sum of its
 * characters' advances, measured once per character and font (kerning, left out, mostly
 * narrows text); undefined without a canvas.
 */
function measure(text: string, size: number, family: string, bold: boolean): number | undefined {
  canvas ??= globalThis.document?.createElement('canvas').getContext('2d') ?? null;
  if (!canvas) return undefined;
  const font = `${bold ? 'bold ' : ''}100px ${family}`;
  let widths = advances.get(font);
  if (!widths) advances.set(font, (widths = new Map()));
  let width = 0;
  for (const char of text) {
    let advance = widths.get(char);
    if (advance === undefined) {
      if (canvas.font !== font) canvas.font = font;
      widths.set(char, (advance = canvas.measureText(char).width));
    }
    width += advance;
  }
  return (width * size) / 100;
}

/** Forgets measured widths: a web font that finished loading measures differently from its fallback. */
export function forgetMeasuredWidths(): void {
  advances.clear();
}

/**
 * How wide a label will be, at least: measured in the host's font (`spacing.font`, read
 * with the width) and estimated (CJK glyphs are square, Latin about 0.58 em), whichever is
 * wider; plus the reader's letter and word spacing.
 */
export function estimateTextWidth(text: string, fontSize = 13, spacing: TextSpacing = NO_SPACING, bold = false): number {
  let extra = 0;
  let estimate = 0;
  for (const char of text) {
    extra += spacing.letter + (char === ' ' ? spacing.word : 0);
    estimate += CJK.test(char) ? fontSize : fontSize * 0.58;
  }
  const estimated = estimate * (bold ? BOLD : 1);
  // The larger of the two: a wide font measures wider than the estimate, and text in a Chinese
  // widget may be drawn in the page's CJK font for its lang, which a canvas does not know of.
  const width = spacing.font ? measure(text, fontSize, spacing.font, bold) : undefined;
  return Math.max(width ?? 0, estimated) + extra;
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
