// Reading numbers and units as the seeds write them. Pure functions, no I/O,
// shared by the compiler and by the test that re-derives every value.

const CHINESE_DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_SMALL_UNITS = { 十: 10, 百: 100, 千: 1000 };

/** Multipliers written before the base unit, longest first so 百万 wins over 万. */
const MULTIPLIERS = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

/**
 * Parses a number as written: Arabic digits (with thousands commas or
 * full-width digits) or a Chinese numeral below 10 000 (三, 十二, 两百).
 * Returns NaN when the text is not a number, never a guess.
 * @param {string} text
 */
export function parseWrittenNumber(text) {
  const ascii = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(ascii)) return Number(ascii.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(ascii);
}

/** @param {string} text */
function parseChineseNumeral(text) {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return NaN;
  let total = 0;
  let digit = -1;
  for (const char of text) {
    if (char in CHINESE_DIGITS) {
      if (digit >= 0) return NaN; // two digits in a row (一二) is not a numeral
      digit = CHINESE_DIGITS[/** @type {keyof typeof CHINESE_DIGITS} */ (char)];
    } else {
      const unit = CHINESE_SMALL_UNITS[/** @type {keyof typeof CHINESE_SMALL_UNITS} */ (char)];
      total += (digit < 0 ? 1 : digit) * unit; // 十二: a bare 十 means one ten
      digit = -1;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/**
 * Splits a written unit such as `万余人` into its multiplier (10⁴), base unit (人)
 * and qualifier ("more-than" for 余 and 多).
 * @param {string} written
 * @returns {{ multiplier: number, base: string, qualifier: string | null }}
 */
export function parseWrittenUnit(written) {
  let rest = written.trim();
  /** @type {string | null} */
  let qualifier = null;
  if (/[余多]/.test(rest)) {
    qualifier = 'more-than';
    rest = rest.replace(/[余多]/g, '');
  }
  let multiplier = 1;
  for (const [prefix, factor] of MULTIPLIERS) {
    if (rest.startsWith(prefix)) {
      multiplier = factor;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  return { multiplier, base: rest, qualifier };
}

/**
 * Words written just before a number that qualify it. Checked against the
 * characters preceding the value inside its quote.
 */
const QUALIFIER_PREFIXES = [
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['不多于', 'at-most'],
  ['不得超过', 'at-most'],
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['不得少于', 'at-least'],
  ['不得低于', 'at-least'],
  ['超过', 'more-than'],
  ['逾', 'more-than'],
  ['近', 'nearly'],
  ['将近', 'nearly'],
  ['约', 'about'],
  ['不足', 'less-than'],
  ['不到', 'less-than'],
];

/**
 * @param {string} before the text of the quote before the value
 * @returns {string | null}
 */
export function qualifierBefore(before) {
  // In a list ("分别不低于 75%、55%、35%") the word before the first number holds for every one.
  const tail = before.replace(/\s+$/, '').replace(/\s*(?:\d+(?:\.\d+)?\s*[%％]?\s*[、，,]\s*)+$/u, '');
  // 约 ends words that are not "about": 节约 (save), 签约 (sign), 预约 (book) …
  if (/(节|签|预|合|制|公|条|契|相)约$/.test(tail)) return null;
  for (const [word, qualifier] of QUALIFIER_PREFIXES) if (tail.endsWith(word)) return qualifier;
  // 至少 ("at least") may stand before a short verb: 至少有 1 名, 至少开展 1 次; 不低于 and its
  // kin before what is compared: 不低于编制总额85%, 不得低于招录总数的20%.
  if (/至少[\u4e00-\u9fff]{0,2}$/u.test(tail)) return 'at-least';
  const compared = /(不得低于|不得少于|不低于|不少于|不得超过|不超过|不高于|不多于)[\u4e00-\u9fff]{1,6}$/u.exec(tail);
  if (compared) return QUALIFIER_PREFIXES.find(([word]) => word === compared[1])?.[1] ?? null;
  return null;
}

/**
 * The normalised value in base units, rounded to 12 significant digits so that
 * 36.8 × 10⁴ is 368000 and not 367999.99999999994.
 * @param {number} value
 * @param {number} multiplier
 */
export function normalise(value, multiplier) {
  return Number((value * multiplier).toPrecision(12));
}

/** @param {string} s */
export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds `value` immediately followed by `unit` (whitespace between them allowed)
 * inside `quote`, not as the tail of a longer number (34 inside 134).
 * @returns {number} index of the value in the quote, or -1
 */
export function findValueInQuote(quote, value, unit) {
  const pattern = new RegExp(`(?<![0-9.,０-９])${escapeRegExp(value)}\\s*${spacedUnit(unit)}`, 'u');
  const match = pattern.exec(quote);
  return match ? match.index : -1;
}

/**
 * Words written just after a number and its unit (30%以上 is "at least 30%").
 * @param {string} after the text of the quote after the value and unit
 * @returns {string | null}
 */
export function qualifierAfter(after) {
  return /^\s*以上/.test(after) ? 'at-least' : /^\s*(以下|以内)/.test(after) ? 'at-most' : /^\s*左右/.test(after) ? 'about' : null;
}

/** Length of the value-and-unit match found by findValueInQuote at `index`. */
export function valueAndUnitLength(quote, index, value, unit) {
  const pattern = new RegExp(`${escapeRegExp(value)}\\s*${spacedUnit(unit)}`, 'uy');
  pattern.lastIndex = index;
  return pattern.exec(quote)?.[0].length ?? 0;
}

/** A unit's characters with optional whitespace between them: print lines break inside units (万⏎人次). */
function spacedUnit(/** @type {string} */ unit) {
  return [...unit].map(escapeRegExp).join('\\s*');
}
