import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { matchingIds } from './search-sql.ts';
import { keywords } from './segmenter.ts';

// Related petitions proposed to a clerk at registration. "Same matter" must give the same set on
// both dialects, so it uses no engine ranking (bm25 and ts_rank differ): it takes the text's eight
// strongest TF-IDF keywords, reads which petitions hold each, keeps the five rarest here that are
// still distinctive, and proposes petitions holding at least three of them, scored by the
// keywords' weights. Every step is exact set arithmetic, so both engines agree.

export type RelatedReason = 'sameMatter' | 'sameRespondent' | 'samePetitioner';

export interface RelatedQuery {
  text: string;
  respondentText?: string | null | undefined;
  petitionerDigest?: string | null | undefined;
  /** The petition being registered, when it is already stored. */
  excludeId?: number | undefined;
  limit: number;
}

export interface RelatedPetition {
  id: number;
  reasons: RelatedReason[];
}

const CANDIDATE_WORDS = 8;
const DISTINCTIVE_WORDS = 5;
const REQUIRED_WORDS = 3;
/** A word held by more petitions than this says nothing about the matter. */
export const MAX_MATTER_FREQUENCY = 1000;

/** The form respondents are compared in: NFKC (full-width brackets), trimmed, spaces collapsed. */
export function normalizeRespondentText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

export async function findRelatedPetitions(db: Kysely<DB>, dialect: DialectName, q: RelatedQuery): Promise<RelatedPetition[]> {
  const exclude = q.excludeId ?? -1;
  const found = new Map<number, { reasons: Set<RelatedReason>; score: number }>();
  const add = (id: number, reason: RelatedReason, score = 0) => {
    const entry = found.get(id) ?? { reasons: new Set(), score: 0 };
    entry.reasons.add(reason);
    entry.score += score;
    found.set(id, entry);
  };
  for (const [id, score] of await sameMatter(db, dialect, q.text, exclude)) add(id, 'sameMatter', score);
  const respondent = q.respondentText?.trim();
  if (respondent) {
    const forms = [...new Set([respondent, normalizeRespondentText(respondent)])];
    for (const id of await newest(db, 'respondent_text', forms, exclude, q.limit)) add(id, 'sameRespondent');
  }
  if (q.petitionerDigest) {
    for (const id of await newest(db, 'petitioner_digest', [q.petitionerDigest], exclude, q.limit)) add(id, 'samePetitioner');
  }
  const order: RelatedReason[] = ['sameMatter', 'sameRespondent', 'samePetitioner'];
  return [...found]
    .sort(([ia, a], [ib, b]) => b.reasons.size - a.reasons.size || b.score - a.score || ib - ia)
    .slice(0, q.limit)
    .map(([id, e]) => ({ id, reasons: order.filter((r) => e.reasons.has(r)) }));
}

async function newest(db: Kysely<DB>, column: 'respondent_text' | 'petitioner_digest', values: string[], exclude: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('petitions').select('id').where(column, 'in', values).where('id', '<>', exclude)
    .orderBy('registered_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => Number(r.id));
}

/** Petition ids holding enough of the text's distinctive words, with a rarity score. */
async function sameMatter(db: Kysely<DB>, dialect: DialectName, text: string, exclude: number): Promise<Map<number, number>> {
  const candidates = keywords(text, CANDIDATE_WORDS);
  const words = candidates.map((k) => k.word);
  const result = new Map<number, number>();
  if (words.length < 2) return result;
  // One round trip: up to cap ids for each word. A word whose list reaches the cap is too common;
  // the others' lists are complete, so the same rows come back from either engine.
  const cap = MAX_MATTER_FREQUENCY + 2;
  const parts = words.map((w, k) => sql`select ${sql.lit(k)} as k, id from (${matchingIds(dialect, [w], 'and', cap)}) m${sql.raw(String(k))}`);
  const { rows } = await sql<{ k: number; id: number }>`${sql.join(parts, sql` union all `)}`.execute(db);
  const lists = words.map(() => [] as number[]);
  for (const r of rows) lists[Number(r.k)]?.push(Number(r.id));
  const distinctive = words
    .map((w, k) => ({ weight: candidates[k]?.weight ?? 0, ids: (lists[k] ?? []).filter((id) => id !== exclude), full: (lists[k] ?? []).length >= cap }))
    .filter((x) => !x.full && x.ids.length > 0)
    // Stable sort: among equally rare words the stronger keyword stays first.
    .sort((a, b) => a.ids.length - b.ids.length)
    .slice(0, DISTINCTIVE_WORDS);
  if (distinctive.length < 2) return result;
  const need = Math.min(REQUIRED_WORDS, distinctive.length);
  const hits = new Map<number, { n: number; score: number }>();
  for (const { ids, weight } of distinctive) {
    for (const id of ids) {
      const h = hits.get(id) ?? { n: 0, score: 0 };
      hits.set(id, { n: h.n + 1, score: h.score + weight });
    }
  }
  for (const [id, h] of hits) if (h.n >= need) result.set(id, h.score);
  return result;
}
