/**
 * tokensForIndex with a memory. Normalised text has a space wherever the original had punctuation,
 * and jieba cuts each run between spaces on its own, so the tokens of a text are the tokens of its
 * phrases, in order, each kept once. Demo petitions are built from phrases and nine in ten recur,
 * so remembering phrases makes indexing several times cheaper with byte-identical output
 * (demo-tokens.test.ts compares it with tokensForIndex).
 */
import { tokensForIndex } from '../search/segmenter.ts';

const MAX_REMEMBERED = 200_000;
// tokensForIndex stops at 20,000 distinct tokens; texts that could come near it are left to it.
const LONG_TEXT = 20_000;
// Phrases and what separates them: anything that is not a letter, a digit or a combining mark.
const PHRASES = /([^\p{L}\p{N}\p{M}]+)/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export class TokenCache {
  private phrases = new Map<string, string[]>();
  // A separator is inert unless normalisation turns part of it into a letter or digit (㎡ → m2).
  private readonly inert = new Map<string, boolean>();
  hits = 0;
  misses = 0;

  tokens(text: string): string {
    if (text.length > LONG_TEXT) return tokensForIndex(text);
    const parts = text.split(PHRASES);
    for (let i = 1; i < parts.length; i += 2) if (!this.isInert(parts[i] as string)) return tokensForIndex(text);
    const seen = new Set<string>();
    for (let i = 0; i < parts.length; i += 2) {
      const phrase = parts[i] as string;
      if (phrase === '') continue;
      let tokens = this.phrases.get(phrase);
      if (tokens === undefined) {
        this.misses += 1;
        const joined = tokensForIndex(phrase);
        tokens = joined === '' ? [] : joined.split(' ');
        // Bounded: a long load forgets everything now and then rather than grow without end.
        if (this.phrases.size >= MAX_REMEMBERED) this.phrases = new Map();
        this.phrases.set(phrase, tokens);
      } else {
        this.hits += 1;
      }
      for (const t of tokens) seen.add(t);
    }
    return [...seen].join(' ');
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
