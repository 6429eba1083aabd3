import { type Insertable, type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom, generatePetition } from '../src/demo/index.ts';
import type { DialectName } from '../src/platform/database/database.ts';
import type { DB, PetitionTable } from '../src/platform/database/schema.ts';
import { findRelatedPetitions, indexPetitions, removeFromIndex, indexPetition, type SearchQuery, searchPetitions } from '../src/search/search.repository.ts';
import { newestByIdFirst } from '../src/search/search-newest.ts';
import { tokensForIndex, tokensForQuery } from '../src/search/segmenter.ts';
import { type TestDatabase, createTestDatabase, dialects } from './support/databases.ts';

type Row = Insertable<PetitionTable> & { id: number; registered_at: string };

// County /1/2/ with a township /1/2/3/ (and its office /1/2/3/5/) and the labour bureau /1/2/4/.
const ORGS = [[1, null, '/1/'], [2, 1, '/1/2/'], [3, 2, '/1/2/3/'], [4, 2, '/1/2/4/'], [5, 3, '/1/2/3/5/']] as const;

function petition(id: number, p: Partial<Row> & { title: string; content: string }): Row {
  const at = p.registered_at ?? `2026-03-${String((id % 28) + 1).padStart(2, '0')}T02:00:00.000Z`;
  return {
    receipt_no: `T${id}`, query_code_hash: 'x', channel: 'online', category: 'claim', request: '', signer_count: 1, anonymous: 0,
    registered_on: at.slice(0, 10), registering_org_id: 2, step: 'handling', holder_org_id: 4, routing_org_id: 4, version: 1,
    updated_at: at, ...p, id, registered_at: at,
  };
}

const textOf = (r: Row) => [r.title, r.request, r.content, r.respondent_text ?? ''].join('\n');

async function store(db: Kysely<DB>, dialect: DialectName, rows: Row[]): Promise<void> {
  await db.insertInto('organizations').values(ORGS.map(([id, parent, path]) => ({ id, parent_id: parent, name: `org${id}`, kind: 'department', path, created_at: '2026-01-01T00:00:00.000Z' }))).execute();
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('petitions').values(rows.slice(i, i + 100)).execute();
  await indexPetitions(db, dialect, rows.map((r) => ({ petitionId: r.id, text: textOf(r) })));
}

/** Hand-written petitions: three about unpaid wages, two of them saying 欠薪. */
const fixtures: Row[] = [
  petition(1, { title: '讨要欠薪', content: '宏达建筑公司欠薪三个月，老板拖欠工资不给。', channel: 'visit', due_on: '2026-03-20', respondent_text: '青山县宏达建筑有限公司', petitioner_digest: 'zhang' }),
  petition(2, { title: '农民工欠薪', content: '城东新区安置房项目工地欠薪，包工头失联。', step: 'closed', holder_org_id: 5, due_on: '2026-03-01', respondent_text: '青山县宏达建筑有限公司' }),
  petition(3, { title: '工厂拖欠工资', content: '工厂拖欠了我的工资。', channel: 'letter', step: 'triage', due_on: '2026-03-10', petitioner_digest: 'zhang' }),
  petition(4, { title: '小区噪音扰民', content: '楼下烧烤店夜间噪音扰民，影响休息。', channel: 'phone', holder_org_id: 3, due_on: '2026-03-02' }),
  petition(5, { title: '建议增设公交线路', content: '建议在城关镇增设公交线路，方便群众出行。', category: 'suggestion', step: 'acceptance', holder_org_id: 2 }),
  petition(6, { title: '反映物业乱收费', content: '小区物业公司乱收费，停车费上涨。', holder_org_id: 5, registered_at: '2026-03-07T02:00:00.000Z' }),
  petition(7, { title: '4S店维修欺诈', content: '京A12345在4S店保养被多收费，WiFi也收费。', channel: 'email', registered_at: '2026-03-06T12:00:00.000Z' }),
  petition(8, { title: '安置房工程款', content: '城东新区安置房项目拖欠农民工工资，包工头失联，宏达建筑推诿。', registered_at: '2026-03-07T02:00:00.000Z' }),
];

describe.each(dialects)('search on %s', (dialect) => {
  let t: TestDatabase;
  let db: Kysely<DB>;
  const search = (q: Partial<SearchQuery>) => searchPetitions(db, dialect, { limit: 50, ...q });
  const ids = async (q: Partial<SearchQuery>) => (await search(q)).ids;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    db = t.database.db;
    await store(db, dialect, fixtures);
  });
  afterAll(() => t?.drop());

  it('finds the petitions that say 欠薪 and not the others', async () => {
    expect(await ids({ text: '欠薪' })).toEqual([2, 1]);
    expect(await search({ text: '欠薪' })).toMatchObject({ total: 2, next: null });
  });

  it('requires every word of a query, and finds a long word by its parts', async () => {
    expect(await ids({ text: '拖欠 工资' })).toEqual([8, 3, 1]);
    expect(await ids({ text: '拖欠工资' })).toEqual([8, 3, 1]);
    expect(await ids({ text: '拖欠工资 包工头' })).toEqual([8]);
    expect(await ids({ text: '4s店 a12345' })).toEqual([7]);
    expect(await ids({ text: 'ＷＩＦＩ' })).toEqual([7]);
  });

  it('combines filters with each other and with text', async () => {
    expect(await ids({ text: '欠薪', step: ['handling'] })).toEqual([1]);
    expect(await ids({ holderPath: '/1/2/3/' })).toEqual([6, 4, 2]);
    expect(await ids({ holderPath: '/1/2/3/', text: '小区' })).toEqual([6, 4]);
    expect(await ids({ holderOrgIds: [5], category: ['claim'], channel: ['online'] })).toEqual([6, 2]);
    expect(await ids({ overdueOn: '2026-03-15' })).toEqual([4, 3]);
    expect(await ids({ registeredFrom: '2026-03-04T00:00:00.000Z', registeredTo: '2026-03-07T00:00:00.000Z' })).toEqual([7, 5, 4, 3]);
    expect(await ids({ text: '工资', holderOrgIds: [] })).toEqual([]);
    expect(await ids({ category: ['suggestion'], text: '欠薪' })).toEqual([]);
  });

  it('orders by registration time, then id, and pages by offset or cursor alike', async () => {
    const all = await ids({});
    expect(all).toEqual([8, 6, 7, 5, 4, 3, 2, 1]);
    const first = await search({ limit: 3 });
    expect(first).toMatchObject({ ids: [8, 6, 7], total: 8, next: { registeredAt: '2026-03-06T12:00:00.000Z', id: 7 } });
    const byCursor = await search({ limit: 3, cursor: first.next ?? undefined });
    expect(byCursor.ids).toEqual([5, 4, 3]);
    expect(await ids({ limit: 3, offset: 3 })).toEqual([5, 4, 3]);
    expect(await search({ limit: 3, offset: 6 })).toMatchObject({ ids: [2, 1], total: 8, next: null });
  });

  it('takes quotes, operators and SQL in a query as plain words', async () => {
    const before = await ids({});
    for (const text of ['"', '""欠薪"', "'", '*', '欠薪*', 'OR', '欠薪 OR 噪音', '-欠薪', 'NOT 欠薪', '欠薪 AND', '(欠薪', 'NEAR(欠薪 工资)',
      "'; drop table petitions; --", '1=1; delete from petition_search', '欠薪 & !工资 | <->', '\\', ':*', '\u0000', '欠薪\u200b']) {
      await expect(search({ text }), text).resolves.toBeDefined();
    }
    expect(await ids({ text: '欠薪 OR 噪音' })).toEqual([]);
    expect(await ids({ text: '"欠薪"' })).toEqual([2, 1]);
    expect(await ids({})).toEqual(before);
  });

  it('finds nothing for a query without a searchable word, and everything for a blank one', async () => {
    expect(await search({ text: '的，。' })).toEqual({ ids: [], total: 0, next: null });
    expect((await search({ text: '  ' })).total).toBe(8);
  });

  it('follows a petition that changes holder, step, category and time, inside the changing transaction', async () => {
    const change = (set: Partial<Row>) => db.updateTable('petitions').set(set).where('id', '=', 1).execute();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('petitions').set({ holder_org_id: 5, step: 'closed' }).where('id', '=', 1).execute();
      expect(await searchPetitions(trx, dialect, { text: '欠薪', holderPath: '/1/2/3/', step: ['closed'], limit: 50 })).toMatchObject({ ids: [2, 1], total: 2 });
    });
    expect(await ids({ text: '欠薪', holderOrgIds: [4] })).toEqual([]);
    await change({ category: 'suggestion', registered_at: '2026-03-29T00:00:00.000Z' });
    expect(await ids({ text: '欠薪', category: ['suggestion'], holderOrgIds: [5], registeredFrom: '2026-03-28T00:00:00.000Z' })).toEqual([1]);
    await change({ holder_org_id: 4, step: 'handling', category: 'claim', registered_at: fixtures[0]?.registered_at });
    expect(await ids({ text: '欠薪', step: ['handling'] })).toEqual([1]);
  });

  it('re-indexes a petition in place and removes it from the index', async () => {
    await indexPetition(db, dialect, { petitionId: 4, text: '小区噪音 欠薪' });
    expect(await ids({ text: '欠薪' })).toEqual([4, 2, 1]);
    expect(await ids({ text: '烧烤店' })).toEqual([]);
    await removeFromIndex(db, dialect, 4);
    expect(await ids({ text: '小区' })).toEqual([6]);
    await indexPetition(db, dialect, { petitionId: 4, text: textOf(fixtures[3] as Row) });
  });

  it('proposes related petitions for each reason', async () => {
    const related = (q: { text: string; respondentText?: string; petitionerDigest?: string; excludeId?: number }) =>
      findRelatedPetitions(db, dialect, { limit: 10, ...q });
    expect(await related({ text: '城东新区安置房项目拖欠农民工工资，包工头失联。', excludeId: 8 })).toEqual([{ id: 2, reasons: ['sameMatter'] }]);
    expect(await related({ text: '无关', respondentText: ' 青山县宏达建筑有限公司 ' })).toEqual([
      { id: 2, reasons: ['sameRespondent'] }, { id: 1, reasons: ['sameRespondent'] }]);
    expect(await related({ text: '无关', petitionerDigest: 'zhang', excludeId: 3 })).toEqual([{ id: 1, reasons: ['samePetitioner'] }]);
    expect(await related({ text: textOf(fixtures[1] as Row), respondentText: '青山县宏达建筑有限公司', excludeId: 2 })).toEqual([
      { id: 8, reasons: ['sameMatter'] }, { id: 1, reasons: ['sameRespondent'] }]);
    expect(await related({ text: '噪音' })).toEqual([]);
  });
});

/** ~200 demo petitions with varied filters; registration times out of id order, with ties. */
function generated(count: number): Row[] {
  const rng = createRandom(42);
  const steps = ['triage', 'acceptance', 'handling', 'closed', 'closed'];
  return Array.from({ length: count }, (_, i) => {
    const p = generatePetition(rng);
    const day = 1 + rng.int(0, 27);
    const at = `2026-02-${String(day).padStart(2, '0')}T0${rng.int(0, 2)}:00:00.000Z`;
    return petition(i + 1, {
      title: p.title, request: p.request, content: p.content, respondent_text: p.respondent, channel: p.channel, category: p.category,
      step: rng.pick(steps), holder_org_id: rng.pick([2, 3, 4, 5]), due_on: `2026-03-${String(rng.int(1, 28)).padStart(2, '0')}`,
      petitioner_digest: `d${rng.int(1, 60)}`, registered_at: at,
    });
  });
}

/** What the search must answer, computed from the segmenter alone. */
function oracle(rows: Row[], q: SearchQuery): number[] {
  const words = q.text?.trim() ? tokensForQuery(q.text) : null;
  const holders = q.holderPath ? ORGS.filter(([, , path]) => path.startsWith(q.holderPath as string)).map(([id]) => id as number) : null;
  return rows
    .filter((r) => {
      const indexed = new Set(tokensForIndex(textOf(r)).split(' '));
      return (!words || (words.length > 0 && words.every((w) => indexed.has(w))))
        && (!q.step || q.step.includes(r.step)) && (!q.category || q.category.includes(r.category))
        && (!q.channel || q.channel.includes(r.channel)) && (!holders || holders.includes(Number(r.holder_org_id)))
        && (!q.holderOrgIds || q.holderOrgIds.includes(Number(r.holder_org_id)))
        && (!q.overdueOn || (r.due_on != null && r.due_on < q.overdueOn && r.step !== 'closed'))
        && (!q.registeredFrom || r.registered_at >= q.registeredFrom) && (!q.registeredTo || r.registered_at < q.registeredTo)
        && (!q.cursor || r.registered_at < q.cursor.registeredAt || (r.registered_at === q.cursor.registeredAt && r.id < q.cursor.id));
    })
    .sort((a, b) => (a.registered_at < b.registered_at ? 1 : a.registered_at > b.registered_at ? -1 : b.id - a.id))
    .map((r) => r.id);
}

/** Terms each engine actually stored for the given documents (SQLite: written to the real index). */
async function engineTerms(db: Kysely<DB>, dialect: DialectName, docs: string[]): Promise<string[][]> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ k: number; lex: string[] }>`select k, tsvector_to_array(to_tsvector('simple', d)) as lex
      from unnest(${docs}::text[]) with ordinality as u(d, k) order by k`.execute(db);
    return rows.map((r) => [...r.lex].sort());
  }
  const base = 10_000_000;
  await sql`create virtual table if not exists temp.terms using fts5vocab(main, petition_search, instance)`.execute(db);
  for (const [k, d] of docs.entries()) await sql`insert into petition_search (rowid, tokens) values (${base + k}, ${d})`.execute(db);
  const { rows } = await sql<{ doc: number; term: string }>`select doc, term from temp.terms where doc >= ${base}`.execute(db);
  for (const k of docs.keys()) await sql`delete from petition_search where rowid = ${base + k}`.execute(db);
  const out = docs.map(() => new Set<string>());
  for (const r of rows) out[Number(r.doc) - base]?.add(r.term);
  return out.map((s) => [...s].sort());
}

describe('both dialects give the same answers', () => {
  const rows = generated(200);
  const dbs = new Map<DialectName, TestDatabase>();
  beforeAll(async () => {
    for (const d of dialects) {
      const t = await createTestDatabase(d);
      await store(t.database.db, d, rows);
      dbs.set(d, t);
    }
  });
  afterAll(async () => {
    for (const t of dbs.values()) await t.drop();
  });
  const onBoth = async <T>(f: (db: Kysely<DB>, d: DialectName) => Promise<T>): Promise<T[]> =>
    Promise.all(dialects.map((d) => f((dbs.get(d) as TestDatabase).database.db, d)));

  it('stores exactly the segmenter’s tokens, for every character the segmenter keeps', async () => {
    const keep = /[\p{L}\p{N}]/u;
    const chars: string[] = [];
    for (const [lo, hi] of [[0x30, 0x7a], [0xc0, 0x24f], [0x370, 0x4ff], [0x3007, 0x3007], [0x3041, 0x30fc], [0x3400, 0x4db5], [0x4e00, 0x9fcc], [0xac00, 0xd7a3], [0x20000, 0x2b81d]]) {
      for (let cp = lo as number; cp <= (hi as number); cp++) {
        const c = String.fromCodePoint(cp);
        if (keep.test(c) && tokensForIndex(c) === c) chars.push(c);
      }
    }
    const docs: string[] = [];
    // Each character alone; inside longer tokens for all but the ideographs, which are sampled.
    const forms = (c: string, i: number) => (/\p{Script=Han}/u.test(c) && i % 61 !== 0 ? c : `${c} a${c}1 1${c}欠`);
    for (let i = 0; i < chars.length; i += 3000) docs.push(tokensForIndex(chars.slice(i, i + 3000).map((c, k) => forms(c, i + k)).join(' ')));
    const rng = createRandom(3);
    const nasty = [...'欠薪工资ab12eE3 ，。！？、“”‘’「」（）【】-_*:"\'\\/.@#&|!<>~^%$+=ÀéßİıσςΣﬁＡ１①Ⅲ¥€™★😀\u0301\u200b\u3000\t\n', '𬌗', '𰻞', '12e3', 'x1e5y'];
    for (let i = 0; i < 300; i++) docs.push(tokensForIndex(Array.from({ length: 30 }, () => rng.pick(nasty)).join('')));
    for (const r of rows.slice(0, 50)) docs.push(tokensForIndex(textOf(r)));
    const expected = docs.map((d) => [...new Set(d.split(' ').filter(Boolean))].sort());
    const [sqlite, postgres] = await onBoth((db, d) => engineTerms(db, d, docs));
    expect(sqlite).toEqual(expected);
    expect(postgres).toEqual(expected);
  });

  it('returns identical, correct id lists and totals for a range of queries', async () => {
    const queries: SearchQuery[] = [
      ...['工资', '小区', '拖欠工资', '物业 停车', '反映 问题', '土地 补偿', '噪音', '学校', '2025', '12345', '有限公司', '欠薪', '请求 解决', '村委会']
        .map((text) => ({ text, limit: 500 })),
      { text: '工资', step: ['handling', 'triage'], limit: 500 },
      { text: '问题', holderPath: '/1/2/3/', category: ['claim'], limit: 500 },
      { text: '要求', channel: ['online', 'visit'], overdueOn: '2026-03-15', limit: 500 },
      { holderOrgIds: [4, 5], registeredFrom: '2026-02-10T00:00:00.000Z', registeredTo: '2026-02-20T00:00:00.000Z', limit: 500 },
      { text: '"工资" OR 1=1; --', limit: 500 },
      { text: '的', limit: 500 },
    ];
    let answered = 0;
    for (const q of queries) {
      const [a, b] = await onBoth((db, d) => searchPetitions(db, d, q));
      const expected = oracle(rows, q);
      if (expected.length > 0) answered++;
      expect(a, JSON.stringify(q)).toEqual(b);
      expect(a?.ids, JSON.stringify(q)).toEqual(expected);
      expect(a?.total).toBe(expected.length);
    }
    expect(answered).toBeGreaterThanOrEqual(16);
  });

  it('pages identically by offset and by cursor', async () => {
    for (const q of [{ text: '问题', limit: 7 }, { step: ['closed'], limit: 9 }] as SearchQuery[]) {
      const expected = oracle(rows, q);
      for (const d of dialects) {
        const { db } = (dbs.get(d) as TestDatabase).database;
        const seen: number[] = [];
        let page = await searchPetitions(db, d, q);
        seen.push(...page.ids);
        while (page.next) {
          page = await searchPetitions(db, d, { ...q, cursor: page.next });
          seen.push(...page.ids);
        }
        expect(seen).toEqual(expected);
        expect((await searchPetitions(db, d, { ...q, offset: 2 * q.limit })).ids).toEqual(expected.slice(2 * q.limit, 3 * q.limit));
      }
    }
  });

  it('proposes the same related petitions', async () => {
    const reasons = new Map<string, number>();
    for (const r of rows.slice(0, 25)) {
      const q = { text: textOf(r), respondentText: r.respondent_text, petitionerDigest: r.petitioner_digest, excludeId: r.id, limit: 8 };
      const [a, b] = await onBoth((db, d) => findRelatedPetitions(db, d, q));
      expect(a).toEqual(b);
      for (const x of a ?? []) for (const reason of x.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    console.log(Object.fromEntries(reasons));
    expect([...reasons.values()].every((n) => n >= 5) && reasons.size === 3).toBe(true);
  });
});

describe.each(dialects)('a word in more than 10,000 petitions on %s', (dialect) => {
  let t: TestDatabase;
  // Registered in id order, one an hour (so over 60 weeks); every 97th about noise, the rest about wages, the
  // first 1,500 of them also old cases, and 100 of them some weeks back (a common word absent from
  // recent petitions); every 50th
  // held by the township office (a filter that rejects most matches).
  const rows = Array.from({ length: 10_200 }, (_, i) => petition(i + 1, {
    title: '', content: (i + 1) % 97 === 0 ? '噪音' : i < 1500 || (i >= 9000 && i < 9100) ? '工资 旧案' : '工资', holder_org_id: (i + 1) % 50 === 0 ? 5 : 4,
    registered_at: new Date(Date.UTC(2026, 0, 1) + (i + 1) * 3_600_000).toISOString(),
  }));
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await store(t.database.db, dialect, rows);
  });
  afterAll(() => t?.drop());
  const check = async (q: SearchQuery) => {
    const result = await searchPetitions(t.database.db, dialect, q);
    expect(result.ids, JSON.stringify(q)).toEqual(oracle(rows, { ...q, limit: 0 }).slice(q.offset ?? 0, (q.offset ?? 0) + q.limit));
    return result;
  };

  it('pages newest first, counting only what is cheap to count', async () => {
    expect((await check({ text: '工资', limit: 20 })).total).toBeNull();
    expect((await check({ text: '工资', limit: 20, offset: 40 })).total).toBeNull();
    expect((await check({ text: '工资', holderOrgIds: [5], limit: 20 })).total).toBeNull();
    expect((await check({ text: '工资', holderOrgIds: [5], limit: 500 })).total).toBe(202);
    // Page after page of a filter that rejects most matches, each page starting inside a week.
    let cursor: SearchQuery['cursor'];
    for (let page = 0; page < 4; page++) cursor = (await check({ text: '工资', holderOrgIds: [5], limit: 20, cursor })).next ?? undefined;
    expect((await check({ text: '噪音', limit: 20 })).total).toBe(105);
    const noise = await check({ text: '噪音', holderOrgIds: [4], limit: 20 });
    expect(noise.total).toBe(103);
    // The total counts every match, not only those after the cursor.
    expect((await check({ text: '噪音', holderOrgIds: [4], limit: 20, cursor: noise.next ?? undefined })).total).toBe(103);
    const first = await check({ text: '工资', registeredTo: '2026-01-03T00:00:00.000Z', limit: 20 });
    await check({ text: '工资', registeredTo: '2026-01-03T00:00:00.000Z', limit: 20, cursor: first.next ?? undefined });
    expect((await check({ text: '旧案', limit: 20 })).total).toBeNull();
    await check({ text: '旧案', holderOrgIds: [4], limit: 20 });
    const old = await check({ text: '旧案', holderOrgIds: [5], limit: 20 });
    expect(old.total).toBeNull();
    expect((await check({ text: '旧案', holderOrgIds: [5], limit: 20, cursor: old.next ?? undefined })).ids).toHaveLength(12);
  });

  it('stays exact when registration order and id order disagree', async () => {
    const { db } = t.database;
    const q: SearchQuery = { text: '工资', limit: 20 };
    if (dialect === 'sqlite') expect(await newestByIdFirst(db, q, ['工资'], 21)).not.toBeNull();
    // Two old ids registered last, as an import of late paper files would do.
    for (const id of [10, 20]) {
      const at = new Date(Date.UTC(2027, 6, 1) + id).toISOString();
      await db.updateTable('petitions').set({ registered_at: at }).where('id', '=', id).execute();
      (rows[id - 1] as Row).registered_at = at;
    }
    if (dialect === 'sqlite') expect(await newestByIdFirst(db, q, ['工资'], 21)).toBeNull();
    expect((await check(q)).ids.slice(0, 3)).toEqual([20, 10, 10_200]);
    await check({ ...q, holderOrgIds: [4] });
  });
});
