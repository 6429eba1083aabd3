// Public API of the search context: Chinese segmentation, the full-text index, searches and
// related petitions, the same answers on SQLite (FTS5) and PostgreSQL (tsvector).
export { keywords, tokensForIndex, tokensForQuery } from './segmenter.ts';
export { normalizeText } from './token-rules.ts';
export {
  type SearchCursor,
  type SearchQuery,
  type SearchResult,
  TOTAL_CAP,
  indexPetition,
  indexPetitions,
  removeFromIndex,
  searchPetitions,
} from './search.repository.ts';
export {
  type RelatedPetition,
  type RelatedQuery,
  type RelatedReason,
  MAX_MATTER_FREQUENCY,
  findRelatedPetitions,
  normalizeRespondentText,
} from './related.repository.ts';
