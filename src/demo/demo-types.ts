/**
 * What the demo loader passes between its parts: the directory of organisations and staff that the
 * petition walker needs, the description of one chunk of petitions to build, and the rows built.
 * Plain data only, because chunks are built in worker threads and cross by structured clone.
 */
import type { Insertable } from 'kysely';
import type { Role } from '../accounts/actor.ts';
import type { CalendarOverride } from '../calendar/index.ts';
import type { NewEvent } from '../audit/event-log.ts';
import type { Keys } from '../platform/crypto.ts';
import type { DeadlineTable, DocumentTable, PetitionTable, PetitionerTable } from '../platform/database/schema.ts';
import type { ProcedureProfile } from '../petitions/procedure.types.ts';
import type { OrganizationKind } from '../organizations/organization.ts';
import type { Showcase } from './demo-plan.ts';
import type { StoreSetting } from './demo-store.ts';

export interface DirectoryOrg {
  id: number;
  key: string;
  name: string;
  kind: OrganizationKind;
  parentId: number | null;
  path: string;
}

export interface DirectoryStaff {
  userId: number;
  orgId: number;
  roles: Role[];
}

/** Everything a chunk builder needs from the database, read once by the loader. */
export interface DemoSetting {
  orgs: DirectoryOrg[];
  staff: DirectoryStaff[];
  keys: Keys;
  profile: ProcedureProfile;
  calendar: { overrides: CalendarOverride[]; enteredYears: number[] };
  /** The loader's clock, ms: nothing happens after it. */
  now: number;
  seed: number;
  /**
   * SQLite: the builders give every row its final id, chain the events and write the chunk
   * themselves (see demo-relay.ts, demo-store.ts); the petitions of the load take the ids after
   * `petitionBase`, in order.
   */
  chain?: { relay: SharedArrayBuffer; petitionBase: number; store: StoreSetting };
}

export interface ChunkSpec {
  index: number;
  /** Position of the chunk's first petition in the whole load. */
  from: number;
  /** Registration instants (ms), ascending, and the receipt numbers reserved for them. */
  registeredAt: number[];
  receiptNos: string[];
  /** Slots outside office hours or on rest days take only remote channels. */
  remote: boolean[];
  /** Petitions (by position in the chunk) that must show a given stage of the procedure. */
  showcases: [number, Showcase][];
}

/** A petition's rows before ids are known; ids inside are positions (see CaseDraft). */
export interface CaseDraft {
  row: Omit<Insertable<PetitionTable>, 'id'>;
  petitioners: Omit<Insertable<PetitionerTable>, 'petition_id'>[];
  deadlines: Omit<Insertable<DeadlineTable>, 'petition_id'>[];
  /** `documentId` in event payloads is the position in this list until the writer maps it. */
  documents: Omit<Insertable<DocumentTable>, 'id' | 'petition_id'>[];
  events: Omit<NewEvent, 'petitionId'>[];
  /** Segmented search text, as tokensForIndex gives it. */
  tokens: string;
  /** Earlier petitions of the same chunk this one is linked to (positions; `linked` payloads too). */
  links: number[];
  /** Kept only for the petitions whose codes are printed for trying the portal. */
  queryCode?: string;
  showcase?: Showcase;
}

/**
 * A built chunk as it goes to the writer: every row as a flat list of values in the column order of
 * demo-rows.ts (structured clone copies those far cheaper than objects, and the writer hands them
 * to the statements as they are), with the id columns left null for the writer. On SQLite the
 * builder is the writer, and only the counts cross back (`written`).
 */
export interface ChunkResult {
  index: number;
  /** Petitions in the chunk. */
  count: number;
  /** Table → values of all its rows, row after row; `owners` gives each row's petition (position). */
  rows: Record<PackedTable, unknown[]>;
  owners: Record<Exclude<PackedTable, 'petitions'>, number[]>;
  /** Per petition: the search tokens. Links: pairs (petition, earlier petition it is linked to), positions. */
  tokens: string[];
  links: number[];
  /** Events in petition order, and per petition where its events and documents start (count + 1 entries). */
  events: Omit<NewEvent, 'petitionId'>[];
  eventStart: number[];
  documentStart: number[];
  samples: { receiptNo: string; queryCode: string; showcase: Showcase }[];
  /** CPU time spent building, for the summary. */
  buildMs: number;
  /** With DemoSetting.chain: the chunk written by its builder (then only the counts and samples are left). */
  written?: BatchCounts;
  writeMs?: number;
}

/** Rows of each kind a load wrote. */
export interface BatchCounts {
  petitions: number;
  events: number;
  documents: number;
  deadlines: number;
  petitioners: number;
}

export const countsOf = (chunks: readonly Pick<ChunkResult, 'count' | 'owners'>[], events: number): BatchCounts => ({
  petitions: chunks.reduce((n, c) => n + c.count, 0),
  events,
  documents: chunks.reduce((n, c) => n + c.owners.documents.length, 0),
  deadlines: chunks.reduce((n, c) => n + c.owners.deadlines.length, 0),
  petitioners: chunks.reduce((n, c) => n + c.owners.petitioners.length, 0),
});

/** Where the tables' id counters and the global chain stand, as the next placed chunk expects them. */
export interface ChainPosition {
  petitionBase: number;
  documentBase: number;
  eventBase: number;
  lastHash: string;
}

/** What a chunk's builder adds on SQLite: its rows all with their final ids, ready to insert as they are. */
export interface PlacedChunk {
  /** petition_links and events rows, flat in their column order, and the search tokens of each petition. */
  links: unknown[];
  search: { petitionId: number; tokens: string }[];
  events: unknown[];
  eventCount: number;
  /** Where the chunk starts (the sequences and chain head it expects) and where it leaves them. */
  start: ChainPosition;
  end: ChainPosition;
}

export type PackedTable = 'petitions' | 'petitioners' | 'deadlines' | 'documents';
