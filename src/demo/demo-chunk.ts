/**
 * Builds one chunk of demo petitions: the text from the generator, registration as
 * register-petition does it (intake rules, sealed petitioners, receipt, query code, triage
 * deadline, `registered` event), the walk through the procedure, and the search tokens. Pure
 * apart from randomness, so it runs in worker threads; ids are filled in by the writer, or on
 * SQLite by the builder itself, which then chains the events too (demo-place.ts) and writes the
 * chunk on its own connection (demo-store.ts).
 */
import { WorkingCalendar } from '../calendar/index.ts';
import { randomCode, tokenHash } from '../platform/crypto.ts';
import { columnsOf } from '../petitions/case-state.ts';
import { checkIntake } from '../petitions/intake-rules.ts';
import { sealedPetitionerDigest, sealPersonalData } from '../petitions/personal-data.ts';
import { petitionerRow } from '../petitions/petition.repository.ts';
import type { CaseState } from '../petitions/procedure.types.ts';
import { computeDueDate } from '../calendar/index.ts';
import { CaseClock, dateOf } from './demo-clock.ts';
import { DemoDirectory } from './demo-directory.ts';
import { drawPlan, showcasePlan, suits } from './demo-plan.ts';
import { CaseRecorder } from './demo-recorder.ts';
import { placeAndChain } from './demo-place.ts';
import { ChainRelay } from './demo-relay.ts';
import { packRow } from './demo-rows.ts';
import { ChunkStore } from './demo-store.ts';
import { TokenCache } from './demo-tokens.ts';
import type { CaseDraft, ChunkResult, ChunkSpec, DemoSetting, PackedTable } from './demo-types.ts';
import { DemoWalk } from './demo-walker.ts';
import { type DemoPetition, generatePetition } from './petition-text.ts';
import { ORG, demoCounty, demoTownships } from './county.ts';
import { createRandom, type Random } from './random.ts';

const REMOTE = new Set(['online', 'phone', 'email', 'api']);
const DEPARTMENTS = demoCounty.filter((o) => o.kind === 'department').map((o) => o.key);
const townshipByCode = new Map(demoTownships.map((t) => [t.code, t.key]));

/** What a worker keeps between chunks: lookups, the calendar, the token memory and (SQLite) its connection. */
export class ChunkBuilder {
  private readonly dir: DemoDirectory;
  private readonly calendar: WorkingCalendar;
  readonly tokens = new TokenCache();
  private readonly relay: ChainRelay | undefined;
  private readonly store: ChunkStore | undefined;

  constructor(private readonly setting: DemoSetting) {
    this.dir = new DemoDirectory(setting);
    this.calendar = new WorkingCalendar(setting.calendar);
    this.relay = setting.chain && new ChainRelay(setting.chain.relay);
    this.store = setting.chain && new ChunkStore(setting.chain.store);
  }

  close(): void {
    this.store?.close();
  }

  /** Builds one chunk; one that cannot be built fails the chain relay for the chunks after it. */
  build(spec: ChunkSpec): ChunkResult {
    try {
      return this.buildChunk(spec);
    } catch (error) {
      this.relay?.fail(spec.index + 1);
      throw error;
    }
  }

  private buildChunk(spec: ChunkSpec): ChunkResult {
    const started = performance.now();
    const rng = createRandom((Math.imul(this.setting.seed, 0x9e3779b1) ^ Math.imul(spec.index + 1, 0x85ebca6b)) >>> 0);
    const showcases = new Map(spec.showcases);
    const drawn: DemoPetition[] = [];
    const cases: CaseDraft[] = [];
    for (let i = 0; i < spec.registeredAt.length; i++) {
      const showcase = showcases.get(i);
      let petition = generatePetition(rng);
      for (let tries = 0; tries < 40 && ((showcase && !suits(showcase, petition)) || (spec.remote[i] && !REMOTE.has(petition.channel))); tries++) {
        petition = generatePetition(rng);
      }
      // Now and then the same person brings the same matter again, often by another channel.
      let prior: number | null = null;
      if (!showcase && i > 0 && rng.chance(0.02)) {
        prior = rng.int(Math.max(0, i - 50), i - 1);
        const channel = spec.remote[i] ? 'online' : rng.pick(['letter', 'visit', 'phone', 'online'] as const);
        const earlier = drawn[prior] as DemoPetition;
        petition = { ...earlier, channel: earlier.anonymous && channel === 'visit' ? 'letter' : channel };
      }
      drawn.push(petition);
      cases.push(this.petition(rng, spec, i, petition, prior, showcase));
    }
    const packed = packCases(spec.index, cases);
    const { chain } = this.setting;
    if (!chain || !this.relay || !this.store) return { ...packed, buildMs: performance.now() - started };
    // Waiting for the chunks before is neither building nor writing: left out of both times.
    const { relay } = this;
    const waited = relay.waitedMs;
    const placed = placeAndChain({ ...packed, buildMs: 0 }, spec.index, chain.petitionBase + spec.from, relay);
    relay.awaitWritten(spec.index);
    const writing = performance.now();
    const written = this.store.write(packed, placed);
    relay.publishWritten(spec.index + 1);
    const writeMs = performance.now() - writing;
    // Only the counts and samples go back to the loader.
    return {
      ...packed, rows: { petitions: [], petitioners: [], deadlines: [], documents: [] }, owners: { petitioners: [], deadlines: [], documents: [] },
      events: [], tokens: [], links: [], eventStart: [], documentStart: [], written, writeMs,
      buildMs: writing - started - (relay.waitedMs - waited),
    };
  }

  private petition(rng: Random, spec: ChunkSpec, i: number, p: DemoPetition, prior: number | null, showcase: CaseDraft['showcase']): CaseDraft {
    const { dir, calendar, setting } = this;
    const respondent = dir.respondentOf(p.respondent);
    const intake = checkIntake({
      channel: p.channel, category: p.category, classification: p.classification, title: p.title, request: p.request, content: p.content,
      respondentText: p.respondent, respondentOrgId: respondent?.id ?? null, placeDivisionCode: p.placeDivisionCode, placeAddress: p.placeAddress,
      signerCount: p.signerCount, anonymous: p.anonymous, petitioners: p.petitioners, attachments: [],
    });
    const plan = showcase ? showcasePlan(drawPlan(rng, p), showcase) : drawPlan(rng, p);
    if (prior !== null) plan.triage = 'notReaccept';
    const township = townshipByCode.get(p.placeDivisionCode);
    const registrar = dir.org(plan.registrar === 'city' ? ORG.cityOffice : plan.registrar === 'township' && township ? `${township}.xfb` : ORG.office);
    const competent = dir.org(p.competentOrgKey);
    if (competent.id === registrar.id && plan.triage === 'route') plan.triage = p.notAcceptRoute ? 'notAccept' : 'accept';
    const registeredAt = spec.registeredAt[i] as number;
    const iso = new Date(registeredAt).toISOString();
    const today = dateOf(registeredAt);
    const receiptNo = spec.receiptNos[i] as string;
    const online = intake.channel === 'online';
    const registeredBy = online ? null : dir.actor(registrar.id, ['clerk'], rng);
    const triage = computeDueDate(today, setting.profile.triage, calendar);
    const initial: CaseState = {
      step: 'triage', outcome: null, category: intake.category, holderOrgId: registrar.id, routingOrgId: registrar.id, replyingOrgId: null,
      reviewingOrgId: null, extended: false, decision: null, reviewResult: null, evaluation: null,
      deadlines: [{ kind: 'triage', holderOrgId: registrar.id, due: triage }],
    };
    const rec = new CaseRecorder({
      dir, rng, profile: setting.profile, calendar, receiptNo, registeredOn: today, title: intake.title, online, reachable: intake.petitioners.length > 0,
    }, initial, iso);
    rec.events.push({
      type: 'registered', actorKind: registeredBy ? 'staff' : 'petitioner', actorUserId: registeredBy?.userId ?? null, actorOrgId: registeredBy?.orgId ?? null,
      occurredAt: iso, payload: { channel: intake.channel, category: intake.category, orgId: registrar.id, signerCount: intake.signerCount, attachments: 0 }, public: true,
    });
    new DemoWalk({
      dir, rng, calendar, plan, rec, now: setting.now, category: intake.category, online, competentId: competent.id, respondentId: respondent?.id ?? null,
      clock: new CaseClock(registeredAt, setting.now, rng, calendar, plan.hold !== null),
      wrongIds: DEPARTMENTS.map((k) => dir.org(k).id).filter((id) => id !== competent.id && !(respondent && dir.within(id, respondent.id))),
      notAcceptRoute: p.notAcceptRoute, request: intake.request,
      prior: prior === null ? null : { receiptNo: spec.receiptNos[prior] as string, id: prior },
    }).run();
    const queryCode = randomCode(8);
    const first = intake.petitioners[0];
    const sealed = intake.petitioners.map((person) => sealPersonalData(person, setting.keys));
    const digest = first ? sealedPetitionerDigest(first, sealed[0], setting.keys) : null;
    const draft: CaseDraft = {
      row: {
        receipt_no: receiptNo, query_code_hash: tokenHash(queryCode, setting.keys), channel: intake.channel, category: intake.category,
        classification: intake.classification, title: intake.title, request: intake.request, content: intake.content,
        respondent_text: intake.respondentText, respondent_org_id: intake.respondentOrgId, place_division_code: intake.placeDivisionCode,
        place_address: intake.placeAddress, signer_count: intake.signerCount, anonymous: intake.anonymous ? 1 : 0, registered_at: iso,
        registered_on: today, registering_org_id: registrar.id, received_by: intake.channel === 'visit' ? (registeredBy?.userId ?? null) : null,
        ...columnsOf(rec.state), petitioner_digest: digest, version: rec.version, updated_at: rec.updatedAt,
      },
      petitioners: sealed.map((data, k) => {
        const { petition_id: _, ...row } = petitionerRow(0, k + 1, data);
        return row;
      }),
      deadlines: rec.deadlines,
      documents: rec.documents,
      events: rec.events,
      tokens: this.tokens.tokens([intake.title, intake.request, intake.content, intake.respondentText ?? ''].join('\n')),
      links: prior === null || !rec.events.some((e) => e.type === 'linked') ? [] : [prior],
    };
    if (showcase) Object.assign(draft, { showcase, queryCode });
    return draft;
  }
}

/** The drafts of a chunk as the writer takes them: flat value lists, in petition order (see ChunkResult). */
export function packCases(index: number, cases: readonly CaseDraft[]): Omit<ChunkResult, 'buildMs'> {
  const rows: Record<PackedTable, unknown[]> = { petitions: [], petitioners: [], deadlines: [], documents: [] };
  const owners: ChunkResult['owners'] = { petitioners: [], deadlines: [], documents: [] };
  const packed: Omit<ChunkResult, 'buildMs'> = {
    index, count: cases.length, rows, owners, tokens: [], links: [], events: [], eventStart: [0], documentStart: [0], samples: [],
  };
  // The first row of each table is checked for unlisted columns: all are built alike.
  cases.forEach((c, k) => {
    packRow('petitions', c.row, rows.petitions, k === 0);
    for (const row of c.petitioners) {
      packRow('petitioners', row, rows.petitioners, owners.petitioners.length === 0);
      owners.petitioners.push(k);
    }
    for (const row of c.deadlines) {
      packRow('deadlines', row, rows.deadlines, owners.deadlines.length === 0);
      owners.deadlines.push(k);
    }
    for (const row of c.documents) {
      packRow('documents', row, rows.documents, owners.documents.length === 0);
      owners.documents.push(k);
    }
    for (const other of c.links) packed.links.push(k, other);
    packed.tokens.push(c.tokens);
    for (const e of c.events) packed.events.push(e);
    packed.eventStart.push(packed.events.length);
    packed.documentStart.push(owners.documents.length);
    if (c.showcase && c.queryCode) packed.samples.push({ receiptNo: String(c.row.receipt_no), queryCode: c.queryCode, showcase: c.showcase });
  });
  return packed;
}
