import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';
import { normalizeText, splitToTokens } from './token-rules.ts';

// The same words must come out of a petition and out of a query typed about it, so both go through
// normalizeText first and jieba always runs without its HMM: the HMM guesses unknown words (names,
// places) from their context, so one string could be cut one way in a petition and another way
// when typed alone. Without it an unknown name falls apart into single characters on both sides.
const HMM = false;

// Characters so common that indexing them only fattens the index and slows AND queries; they
// carry no meaning on their own. Dropped from index and query alike, so both dialects still agree.
const STOP = new Set([...'的了着过吗呢吧啊呀之与及和或是在也都就而被把将对于以其该此这那个等我你他她它']);

// A petition's text is capped at what anyone would type; a pathological input must not yield a
// tsvector above PostgreSQL's 1 MB ceiling.
const MAX_DISTINCT_TOKENS = 20_000;

let jieba: Jieba | undefined;
let tfIdf: TfIdf | undefined;

/** Loading the dictionary takes ~0.2 s, so it happens on first use, once per process. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * The words of a petition for the full-text index: jieba's search mode (each word and the shorter
 * dictionary words inside it), normalised, without stop characters, each once, space-separated.
 * Term frequency is dropped on purpose: results are ordered by date, never by relevance.
 */
export function tokensForIndex(text: string): string {
  const seen = new Set<string>();
  for (const piece of segmenter().cutForSearch(normalizeText(text), HMM)) {
    for (const token of splitToTokens(piece)) {
      if (!STOP.has(token)) seen.add(token);
    }
    if (seen.size >= MAX_DISTINCT_TOKENS) break;
  }
  return [...seen].join(' ');
}

/**
 * The words of a user's query, all of which a petition must contain. A long word is replaced by
 * the shorter dictionary words that make it up (拖欠工资 → 拖欠 工资): the index holds those
 * whenever it holds the long word, and they also find petitions that wrote 拖欠了工资.
 */
export function tokensForQuery(text: string): string[] {
  const seen = new Set<string>();
  for (const word of segmenter().cut(normalizeText(text), HMM)) {
    for (const part of splitToTokens(word)) {
      for (const token of smallestParts(part)) {
        if (!STOP.has(token)) seen.add(token);
      }
    }
  }
  return [...seen];
}

/** The fewest search-mode sub-words that exactly cover `word`, or the word itself. */
function smallestParts(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 2) return [word];
  const inside = new Set(segmenter().cutForSearch(word, HMM).filter((w) => w !== word));
  if (inside.size === 0) return [word];
  // best[i]: the fewest parts covering the first i characters (dynamic programming over ends).
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= chars.length; end++) {
    for (let start = Math.max(0, end - 3); start < end; start++) {
      const before = best[start];
      const part = chars.slice(start, end).join('');
      if (before && inside.has(part) && (!best[end] || before.length + 1 < (best[end]?.length ?? 0))) {
        best[end] = [...before, part];
      }
    }
  }
  return best[chars.length] ?? [word];
}

/**
 * The words that best tell this text apart from others (TF-IDF over jieba's bundled corpus
 * frequencies), strongest first, as index tokens. Pure: the same on every database.
 */
export function keywords(text: string, count: number): { word: string; weight: number }[] {
  if (!tfIdf) {
    // The IDF table takes ~0.5 s to load: only registration (related petitions) needs it.
    tfIdf = TfIdf.withDict(idf);
    tfIdf.setConfig({ useHmm: HMM, minKeywordLength: 2 });
  }
  return tfIdf
    .extractKeywords(segmenter(), normalizeText(text), count)
    .filter((k) => !STOP.has(k.keyword) && splitToTokens(k.keyword).join(' ') === k.keyword)
    .map((k) => ({ word: k.keyword, weight: k.weight }));
}
