import { mask, normalize } from '../petitions/personal-data.ts';
import type { Keys } from '../platform/crypto.ts';
import { decrypt, encrypt } from '../platform/crypto.ts';

// The people named on a reception record (visitors, representatives, other members): sealed as
// one encrypted list, with a masked copy for display. Unsealing is a logged use case of its own.

export interface Person {
  name: string;
  phone?: string | undefined;
}
export interface MaskedPerson {
  name: string;
  phone: string | null;
}

export function sealPeople(people: readonly Person[], keys: Keys): { sealed: string; masked: string } {
  const clean = people.map((p) => ({ name: normalize('name', p.name), phone: p.phone?.trim() ? normalize('phone', p.phone) : null }));
  const masked: MaskedPerson[] = clean.map((p) => ({ name: mask('name', p.name), phone: p.phone ? mask('phone', p.phone) : null }));
  return { sealed: encrypt(JSON.stringify(clean), keys), masked: JSON.stringify(masked) };
}

export const unsealPeople = (sealed: string | null, keys: Keys): MaskedPerson[] => (sealed ? (JSON.parse(decrypt(sealed, keys)) as MaskedPerson[]) : []);
export const maskedPeople = (masked: string | null): MaskedPerson[] => (masked ? (JSON.parse(masked) as MaskedPerson[]) : []);
