import type { Generated } from 'kysely';

// Column types shared by both dialects: instants are ISO-8601 UTC text, local dates 'YYYY-MM-DD'
// text, booleans 0/1 integers and structured values JSON text, so rows read back identically
// from SQLite and PostgreSQL.
type Instant = string;
type LocalDate = string;
type Flag = number;
type Json = string;

export interface OrganizationTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  kind: string;
  division_code: string | null;
  path: string; // '/1/4/9/' — ancestors then self, for subtree queries by prefix
  created_at: Instant;
  /** Who reviews this body's decisions, when not its parent. */
  reviewing_org_id: Generated<number | null>;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  organization_id: number;
  password_hash: string;
  must_change_password: Flag;
  disabled: Flag;
  created_at: Instant;
  email: string | null;
}

export interface RoleGrantTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  organization_id: number;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Instant;
  expires_at: Instant;
}

export interface ProfileTable {
  id: string;
  limits: Json;
  updated_at: Instant;
  updated_by: number | null;
}

export interface CalendarOverrideTable {
  date: LocalDate;
  kind: 'workday' | 'restday';
  name: string;
  created_by: number | null;
  created_at: Instant;
}

export interface CalendarYearTable {
  year: number;
  entered_by: number | null;
  entered_at: Instant;
}

export interface PetitionTable {
  id: Generated<number>;
  receipt_no: string;
  query_code_hash: string;
  channel: string;
  category: string;
  classification: string | null;
  title: string;
  request: string;
  content: string;
  respondent_text: string | null;
  respondent_org_id: number | null;
  place_division_code: string | null;
  place_address: string | null;
  signer_count: number;
  anonymous: Flag;
  /** Staff excluded for a conflict of interest: JSON array of user ids, or null. */
  excluded_user_ids: Json | null;
  registered_at: Instant;
  registered_on: LocalDate;
  registering_org_id: number;
  received_by: number | null;
  step: string;
  outcome: string | null;
  holder_org_id: number;
  routing_org_id: number;
  replying_org_id: number | null;
  reviewing_org_id: number | null;
  decision: string | null;
  review_result: string | null;
  extended: Generated<Flag>;
  evaluation: string | null;
  due_on: LocalDate | null;
  petitioner_digest: string | null;
  version: number;
  updated_at: Instant;
}

export interface DeadlineTable {
  id: Generated<number>;
  petition_id: number;
  kind: string;
  holder_org_id: number;
  start_on: LocalDate;
  due_on: LocalDate;
  explanation: Json;
  provisional: Flag;
  closed_at: Instant | null;
  met: Flag | null;
}

export interface PetitionerTable {
  id: Generated<number>;
  petition_id: number;
  ordinal: number;
  name_enc: string | null;
  name_digest: string | null;
  name_masked: string | null;
  id_number_enc: string | null;
  id_number_digest: string | null;
  id_number_masked: string | null;
  phone_enc: string | null;
  phone_digest: string | null;
  phone_masked: string | null;
  address_enc: string | null;
  address_masked: string | null;
}

export interface EventTable {
  id: Generated<number>;
  petition_id: number;
  seq: number;
  type: string;
  actor_kind: 'staff' | 'petitioner' | 'system';
  actor_user_id: number | null;
  actor_org_id: number | null;
  occurred_at: Instant;
  payload: Json;
  public: Flag;
  prev_hash: string;
  hash: string;
  global_prev_hash: string;
  global_hash: string;
}

export interface ChainHeadTable {
  id: number;
  last_event_id: number;
  last_hash: string;
}

export interface AttachmentTable {
  sha256: string;
  size: number;
  content_type: string;
  created_at: Instant;
}

export interface PetitionAttachmentTable {
  petition_id: number;
  sha256: string;
  name: string;
}

export interface DocumentTable {
  id: Generated<number>;
  petition_id: number;
  kind: string;
  title: string;
  body: string;
  sha256: string;
  issued_at: Instant;
  issued_by_org_id: number;
  delivered_at: Instant | null;
  delivered_on: LocalDate | null;
  delivery_method: string | null;
}

export interface PetitionLinkTable {
  petition_id: number;
  linked_petition_id: number;
}

export interface IdempotencyTable {
  key: string;
  petition_id: number;
  response: Json;
  created_at: Instant;
}

export interface PersonalDataAccessTable {
  id: Generated<number>;
  user_id: number;
  petition_id: number;
  petitioner_id: number;
  reason: string;
  accessed_at: Instant;
}

export interface CounterTable {
  scope: string;
  value: number;
}

export interface PetitionSearchTable {
  petition_id: number;
  tokens: string;
}

// Reception (DOMAIN.md §5).
export interface ReceptionDayTable {
  id: Generated<number>;
  organization_id: number;
  day: LocalDate;
  starts_at: string; // 'HH:MM'
  ends_at: string;
  place: string;
  leaders: Json; // [{ name, title }]
  topics: string;
  slot_minutes: number;
  slot_capacity: number;
  status: string; // scheduled | cancelled
  change_note: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface AppointmentTable {
  id: Generated<number>;
  reception_day_id: number;
  slot_starts_at: string;
  booking_no: string;
  code_hash: string;
  name_sealed: string;
  name_mask: string;
  phone_sealed: string;
  phone_mask: string;
  phone_digest: string;
  email_sealed: string | null;
  matter: string;
  receipt_no: string | null;
  petition_id: number | null;
  channel: string; // online | phone
  status: string; // booked | cancelled | attended | absent
  booked_by: number | null;
  created_at: Instant;
  cancelled_at: Instant | null;
  cancel_reason: string | null;
  day_version: Generated<number>;
  needs_new_time: Generated<number>; // 0/1
  request_key: string | null;
  receipt_sealed: string | null;
}

export interface GroupVisitTable {
  id: Generated<number>;
  organization_id: number;
  responsible_org_id: number;
  petition_id: number;
  headcount: number;
  matter: string;
  arrived_at: Instant;
  receiver_level: string | null; // officeHead | unitHead | onCallLeader; null: no rule for the headcount
  respond_within_minutes: number | null;
  respond_by: Instant | null;
  representatives_sealed: string;
  representatives_mask: Json;
  others_sealed: string | null;
  duty_leader_id: number | null;
  status: string; // waiting | received | closed
  received_at: Instant | null;
  receiving_leader_id: number | null;
  receiving_leader_name: string | null;
  statement: string | null;
  summary: string | null;
  created_by: number | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface VisitTable {
  id: Generated<number>;
  organization_id: number;
  petition_id: number;
  outcome: string; // registered | linked
  received_at: Instant;
  received_by: number;
  receivers: Json;
  reception_day_id: number | null;
  appointment_id: number | null;
  group_visit_id: number | null;
  visitor_count: number;
  visitors_sealed: string | null;
  visitors_mask: Json | null;
  request: string;
  explanation: string;
  promises: string | null;
  created_at: Instant;
}

export interface FollowUpTable {
  id: Generated<number>;
  petition_id: number;
  visit_id: number | null;
  group_visit_id: number | null;
  promise: string;
  responsible_org_id: number;
  receiving_org_id: number;
  due_on: LocalDate;
  status: string; // open | done
  overdue_notified_at: Instant | null;
  done_at: Instant | null;
  done_by: number | null;
  outcome: string | null;
  created_by: number | null;
  created_at: Instant;
}

export interface DutyShiftTable {
  id: Generated<number>;
  organization_id: number;
  day: LocalDate;
  duty: string; // reception | onCall
  user_id: number;
  created_by: number | null;
  created_at: Instant;
  updated_at: Instant;
  removed_at: Instant | null;
  removed_by: number | null;
}

export interface DutySwapTable {
  id: Generated<number>;
  shift_id: number;
  from_user_id: number;
  to_user_id: number;
  reason: string;
  swapped_by: number;
  swapped_at: Instant;
}

export interface ReceptionDataAccessTable {
  id: Generated<number>;
  user_id: number;
  record_kind: string; // appointment | visit | groupVisit
  record_id: number;
  reason: string;
  accessed_at: Instant;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  title_en: string | null;
  body_en: string | null;
  link: string | null;
  dedupe_key: string | null;
  created_at: Instant;
  read_at: Instant | null;
}

export interface MailOutboxTable {
  id: Generated<number>;
  to_sealed: string;
  subject: string;
  body: string;
  status: string; // pending | sending | sent | failed
  attempts: Generated<number>;
  claimed_at: Instant | null;
  last_error: string | null;
  created_at: Instant;
  sent_at: Instant | null;
}

export interface DB {
  organizations: OrganizationTable;
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  procedure_profiles: ProfileTable;
  calendar_overrides: CalendarOverrideTable;
  calendar_years: CalendarYearTable;
  petitions: PetitionTable;
  deadlines: DeadlineTable;
  petitioners: PetitionerTable;
  events: EventTable;
  chain_head: ChainHeadTable;
  attachments: AttachmentTable;
  petition_attachments: PetitionAttachmentTable;
  documents: DocumentTable;
  petition_links: PetitionLinkTable;
  idempotency_keys: IdempotencyTable;
  personal_data_access: PersonalDataAccessTable;
  counters: CounterTable;
  petition_search: PetitionSearchTable;
  reception_days: ReceptionDayTable;
  appointments: AppointmentTable;
  group_visits: GroupVisitTable;
  visits: VisitTable;
  follow_ups: FollowUpTable;
  duty_shifts: DutyShiftTable;
  duty_swaps: DutySwapTable;
  reception_data_access: ReceptionDataAccessTable;
  notifications: NotificationTable;
  mail_outbox: MailOutboxTable;
}
