/**
 * tokensForIndex with a memory. Normalised text has a space wherever the original had punctuation,
 * and jieba cuts each run between spaces on its own, so the tokens of a text are the tokens of its
 * phrases, in order, each kept once. Demo petitions are built from phrases and nine in ten recur,
 * so remembering phrases makes indexing several times cheaper with byte-identical output
 * (demo-tokens.test.ts compares it with tokensForIndex).
 *
 * A remembered phrase holds the numbers of its tokens, so a text is deduplicated by stamping an
 * array rather than filling a Set of strings.
 */
import { tokensForIndex } from '../search/segmenter.ts';

const MAX_REMEMBERED = 200_000;
// tokensForIndex stops at 20,000 distinct tokens; texts that could come near it are left to it.
const LONG_TEXT = 20_000;
// What a phrase is made of: letters, digits and combining marks; anything else separates phrases.
const PHRASE_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Per UTF-16 unit of the BMP: 0 not yet classified, 1 phrase character, 2 separator.
const bmpClass = new Uint8Array(0x10000);
function isPhraseChar(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdfff) return PHRASE_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number));
  let c = bmpClass[unit] as number;
  if (c === 0) {
    c = PHRASE_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
    bmpClass[unit] = c;
  }
  return c === 1;
}

export class TokenCache {
  /** `limit`: how many phrases it remembers before it forgets them all. */
  constructor(private readonly limit = MAX_REMEMBERED) {}

  private phrases = new Map<string, Int32Array>();
  private tokenIds = new Map<string, number>();
  private tokenText: string[] = [];
  private marks = new Int32Array(1024);
  private stamp = 0;
  // A separator is inert unless normalisation turns part of it into a letter or digit (㎡ → m2).
  private readonly inert = new Map<string, boolean>();
  hits = 0;
  misses = 0;

  tokens(text: string): string {
    if (text.length > LONG_TEXT) return tokensForIndex(text);
    // Phrases and separators alternate, as text.split(/([^\p{L}\p{N}\p{M}]+)/u) gives them.
    const pieces: string[] = [];
    let start = 0;
    let inPhrase = true;
    for (let i = 0; i < text.length; ) {
      const wide = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      const phraseChar = isPhraseChar(text, i);
      if (phraseChar !== inPhrase) {
        pieces.push(text.slice(start, i));
        start = i;
        inPhrase = phraseChar;
      }
      i += wide;
    }
    pieces.push(text.slice(start));
    for (let i = 1; i < pieces.length; i += 2) if (!this.isInert(pieces[i] as string)) return tokensForIndex(text);
    // Bounded: a long load forgets everything now and then rather than grow without end. Only
    // between texts, since the marks of a text's tokens must keep their numbers to the end of it.
    if (this.phrases.size >= this.limit) {
      this.phrases = new Map();
      this.tokenIds = new Map();
      this.tokenText = [];
      this.marks.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
    const { tokenText, stamp } = this;
    const out: string[] = [];
    for (let i = 0; i < pieces.length; i += 2) {
      const phrase = pieces[i] as string;
      if (phrase === '') continue;
      let ids = this.phrases.get(phrase);
      if (ids === undefined) ids = this.learn(phrase);
      else this.hits += 1;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (this.marks[id] !== stamp) {
          this.marks[id] = stamp;
          out.push(tokenText[id] as string);
        }
      }
    }
    return out.join(' ');
  }

  private learn(phrase: string): Int32Array {
    this.misses += 1;
    const joined = tokensForIndex(phrase);
    const tokens = joined === '' ? [] : joined.split(' ');
    const ids = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as string;
      let id = this.tokenIds.get(token);
      if (id === undefined) {
        id = this.tokenText.length;
        this.tokenText.push(token);
        this.tokenIds.set(token, id);
        if (id >= this.marks.length) {
          const grown = new Int32Array(this.marks.length * 2);
          grown.set(this.marks);
          this.marks = grown;
        }
      }
      ids[k] = id;
    }
    this.phrases.set(phrase, ids);
    return ids;
  }

  private isInert(separator: string): boolean {
    let inert = this.inert.get(separator);
    if (inert === undefined) {
      inert = !LETTER_OR_DIGIT.test(separator.normalize('NFKC'));
      this.inert.set(separator, inert);
    }
    return inert;
  }
}
