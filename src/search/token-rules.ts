// What a token may contain, so that SQLite's unicode61 tokenizer and PostgreSQL's default parser
// (which differ on punctuation, symbols, case folding, diacritics and scripts newer than their
// Unicode tables) both take every token we write as exactly one word, unchanged. We normalise
// first and then keep only characters that both engines treat alike on any locale: the rest act
// as separators, identically on both dialects. Checked character by character in
// test/search.test.ts against both engines.

// Letters and digits of the scripts a petition may quote, in the ranges assigned by Unicode 6.1
// (the tables of SQLite's unicode61 and of older C libraries): ASCII, Latin, Greek, Cyrillic,
// CJK ideographs (URO, extensions A–D), 〇, kana and Hangul syllables. Rarer characters (newer
// CJK extensions, other scripts) separate words instead of failing or splitting differently.
const OUTSIDE =
  /[^0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3007\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4db5\u4e00-\u9fcc\uac00-\ud7a3\u{20000}-\u{2a6d6}\u{2a700}-\u{2b734}\u{2b740}-\u{2b81d}]+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case, half-width, without diacritics, and with every character that is not a safe
 * letter or digit turned into a space: the form in which text is segmented and indexed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    // unicode61 folds final sigma into σ; PostgreSQL keeps it.
    .replace(/ς/g, 'σ')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .replace(OUTSIDE, ' ');
}

// PostgreSQL reads a leading '12e3' as a number in scientific notation and splits it from what
// follows ('12e3abc' → '12e3', 'abc'); SQLite keeps one token. Split it the same way ourselves.
const SCIENTIFIC = /^(\d+e\d+)(\D.*)$/u;

/** Words longer than this are noise (hashes, run-together strings); PostgreSQL caps at 2047 bytes. */
export const MAX_TOKEN_LENGTH = 64;

/**
 * The tokens in one segment that jieba cut from normalised text: usually the segment itself, none
 * for the spaces between words.
 */
export function splitToTokens(segment: string): string[] {
  if (segment.includes(' ')) return segment.split(' ').flatMap(splitToTokens);
  if (segment.length === 0) return [];
  // Only a leading digit can start scientific notation; what follows it starts with a non-digit.
  const m = segment.charCodeAt(0) <= 57 ? SCIENTIFIC.exec(segment) : null;
  const parts = m ? [m[1] as string, m[2] as string] : [segment];
  return parts.filter((p) => p.length <= MAX_TOKEN_LENGTH);
}
