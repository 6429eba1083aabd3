import type { components } from '../api/schema';

// The shapes the workbench reads, from the generated API types (docs/openapi.json → schema.d.ts).
type S = components['schemas'];

export type SessionUser = S['SessionUser'];
export type Role = S['Role'];
export type Organization = S['Organization'];
export type Step = S['Step'];
export type Category = S['Category'];
export type Channel = S['Channel'];
export type DueStatus = S['DueStatus'];
export type PetitionSummary = S['PetitionSummary'];
export type PetitionPage = S['PetitionPage'];
export type CaseView = S['PetitionView'];
export type Deadline = S['HeldDeadline'];
export type CaseEvent = S['PetitionEvent'];
export type MaskedPetitioner = S['MaskedPetitioner'];
export type CaseDocument = S['Document'];
export type CaseHandedOn = S['CaseHandedOn'];
export type RelatedHit = S['RelatedPetition'];
export type ProcedureProfile = S['ProcedureProfile'];

// The vocabularies as values, for menus and filters; `satisfies` keeps them in step with the API.
export const steps = ['triage', 'acceptance', 'handling', 'reviewRequest', 'review', 'rereviewRequest', 'rereview', 'closed'] as const satisfies readonly Step[];
export const categories = ['suggestion', 'accusation', 'claim'] as const satisfies readonly Category[];
export const channels = ['online', 'letter', 'visit', 'phone', 'fax', 'email', 'api'] as const satisfies readonly Channel[];
