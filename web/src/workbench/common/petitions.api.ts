import { api, call } from '../../shared/api.ts';
import type { paths } from '../../api/schema';
import type { CaseHandedOn, CaseView, PetitionPage, RelatedHit } from '../types.ts';

// Every petition request of the workbench, through the typed client.

type Json<B> = B extends { content: { 'application/json': infer T } } ? T : never;
export type ActionBody = Json<paths['/api/petitions/{id}/actions']['post']['requestBody']>;
export type ActionType = ActionBody['type'];
export type RegisterBody = Json<paths['/api/petitions']['post']['requestBody']>;
export type RelatedBody = Json<paths['/api/petitions/related']['post']['requestBody']>;
export type InboxQuery = NonNullable<paths['/api/petitions']['get']['parameters']['query']>;
export type CountsQuery = NonNullable<paths['/api/petitions/counts']['get']['parameters']['query']>;
export type StepCounts = Json<paths['/api/petitions/counts']['get']['responses'][200]>;

export const petitionKey = (id: number) => ['petition', id] as const;

export function fetchPetitions(query: InboxQuery): Promise<PetitionPage> {
  return call(api.GET('/api/petitions', { params: { query } }));
}

export function fetchStepCounts(query: CountsQuery): Promise<StepCounts> {
  return call(api.GET('/api/petitions/counts', { params: { query } }));
}

export function fetchCase(id: number): Promise<CaseView> {
  return call(api.GET('/api/petitions/{id}', { params: { path: { id } } }));
}

/** Takes a step; answers the case as it is now, or `visible: false` when it left the user's reach. */
export function actOn(id: number, body: ActionBody): Promise<CaseView | CaseHandedOn> {
  return call(api.POST('/api/petitions/{id}/actions', { params: { path: { id } }, body }));
}

export function unmask(id: number, petitionerId: number, reason: string) {
  return call(api.POST('/api/petitions/{id}/petitioners/{petitionerId}/unmask', { params: { path: { id, petitionerId } }, body: { reason } }));
}

export async function findRelated(body: RelatedBody): Promise<RelatedHit[]> {
  return (await call(api.POST('/api/petitions/related', { body }))).related;
}

/** Registers once per idempotency key, however often the button is pressed. */
export function registerPetition(body: RegisterBody, idempotencyKey: string) {
  return call(api.POST('/api/petitions', { body, params: { header: { 'idempotency-key': idempotencyKey } } }));
}

export function uploadAttachment(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  // The route reads multipart itself, so the document has no request body to type it by.
  return call(api.POST('/api/attachments', { body: form as never, bodySerializer: (b: unknown) => b as FormData }));
}

export const attachmentUrl = (id: number, sha256: string) => `/api/petitions/${id}/attachments/${sha256}`;
