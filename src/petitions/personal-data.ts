// A petitioner's personal data as it is stored: each field encrypted, digested for exact matching
// (except the address, which is never searched by value) and masked for display. Values are
// normalised before all three, so "138 1234 5678" and "+86-13812345678" are the same phone.
import { decrypt, digest, encrypt } from '../platform/crypto.ts';
import type { Keys } from '../platform/crypto.ts';

export interface PersonalData { name?: string; idNumber?: string; phone?: string; address?: string }
export type PersonalDataField = keyof PersonalData;

export interface SealedPersonalData {
  nameEnc: string | null; nameDigest: string | null; nameMasked: string | null;
  idNumberEnc: string | null; idNumberDigest: string | null; idNumberMasked: string | null;
  phoneEnc: string | null; phoneDigest: string | null; phoneMasked: string | null;
  addressEnc: string | null; addressMasked: string | null;
}
export type SealedCiphertexts = Pick<SealedPersonalData, 'nameEnc' | 'idNumberEnc' | 'phoneEnc' | 'addressEnc'>;

const FIELDS = ['name', 'idNumber', 'phone', 'address'] as const satisfies readonly PersonalDataField[];

const graphemeSegmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
// Graphemes, not UTF-16 units: an emoji or a name with a combining mark must not be cut in half.
// Han, ASCII and full-width forms have one character per grapheme: skip the (costly) segmenter.
const SIMPLE = /^[\u0020-\u007e\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]*$/;
const graphemes = (value: string): string[] => (SIMPLE.test(value) ? Array.from(value) : Array.from(graphemeSegmenter.segment(value), (s) => s.segment));
const stars = (count: number): string => '*'.repeat(Math.max(0, count));

function normalizePhone(value: string): string {
  // NFKC turns full-width digits and brackets (common with Chinese input methods) into ASCII.
  const compact = value.normalize('NFKC').replace(/[\s\-()]/g, '');
  const international = /^(?:\+|00)86(.+)$/.exec(compact)?.[1];
  if (international !== undefined) {
    // +86 10 1234 5678 is dialled 010 1234 5678 at home: restore the trunk 0 for landlines.
    return /^1[3-9]\d{9}$/.test(international) ? international : `0${international}`;
  }
  return /^861[3-9]\d{9}$/.test(compact) ? compact.slice(2) : compact;
}

/** The canonical form stored, digested and masked; '' means "not given". */
export function normalize(field: PersonalDataField, value: string): string {
  switch (field) {
    case 'name':
    case 'address':
      return value.normalize('NFC').trim().replace(/\s+/g, ' ');
    case 'idNumber':
      return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    case 'phone':
      return normalizePhone(value);
  }
}

function maskName(value: string): string {
  const [first = '', ...rest] = graphemes(value);
  if (rest.length === 0) return first === '' ? '' : '*';
  // Chinese names keep their length (张*, 欧***); other scripts hide it, since a Latin name's
  // length narrows it down far more than two or three Han characters do.
  return /\p{Script=Han}/u.test(value) ? first + stars(rest.length) : `${first}***`;
}

function maskIdNumber(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  // 18-digit resident IDs show the address code and the last four, as on bank and rail tickets;
  // shorter documents (passports, permits) show less, so the mask still hides most of them.
  const [head, tail] = n >= 15 ? [6, 4] : n >= 8 ? [2, 2] : [0, 0];
  return chars.slice(0, head).join('') + stars(n - head - tail) + chars.slice(n - tail).join('');
}

function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  const chars = Array.from(value);
  if (chars.length < 8) return stars(chars.length);
  return chars.slice(0, 3).join('') + stars(chars.length - 5) + chars.slice(-2).join('');
}

function maskAddress(value: string): string {
  const parts = graphemes(value);
  if (parts.length === 0) return '';
  // Roughly province, city and district; a short address never shows more than half of itself.
  return `${parts.slice(0, Math.min(6, Math.floor(parts.length / 2))).join('')}****`;
}

/** The display form of a field; the value is normalised first, so raw input is fine. */
export function mask(field: PersonalDataField, value: string): string {
  const normalized = normalize(field, value);
  switch (field) {
    case 'name': return maskName(normalized);
    case 'idNumber': return maskIdNumber(normalized);
    case 'phone': return maskPhone(normalized);
    case 'address': return maskAddress(normalized);
  }
}

/**
 * The digest stored beside a field, also used to search by it. The field name is part of the
 * input so that equal strings in different fields never match; names are case-folded because
 * "Li Lei" and "LI LEI" are the same person.
 */
export function digestField(field: 'name' | 'idNumber' | 'phone', value: string, keys: Keys): string {
  const normalized = normalize(field, value);
  return digest(`${field}:${field === 'name' ? normalized.toLowerCase() : normalized}`, keys);
}

export function sealPersonalData(data: PersonalData, keys: Keys): SealedPersonalData {
  const sealed: SealedPersonalData = {
    nameEnc: null, nameDigest: null, nameMasked: null,
    idNumberEnc: null, idNumberDigest: null, idNumberMasked: null,
    phoneEnc: null, phoneDigest: null, phoneMasked: null,
    addressEnc: null, addressMasked: null,
  };
  for (const field of FIELDS) {
    const value = normalize(field, data[field] ?? '');
    if (value === '') continue;
    sealed[`${field}Enc`] = encrypt(value, keys);
    sealed[`${field}Masked`] = mask(field, value);
    if (field !== 'address') sealed[`${field}Digest`] = digestField(field, value, keys);
  }
  return sealed;
}

export function unsealPersonalData(sealed: SealedCiphertexts, keys: Keys): PersonalData {
  const data: PersonalData = {};
  for (const field of FIELDS) {
    const encrypted = sealed[`${field}Enc`];
    if (encrypted) data[field] = decrypt(encrypted, keys);
  }
  return data;
}

/**
 * One digest that finds earlier petitions by the same person: the identity number when given
 * (equal to `idNumberDigest`), else name and phone together, else null (too little to match on).
 */
export function petitionerDigest(data: PersonalData, keys: Keys): string | null {
  const id = normalize('idNumber', data.idNumber ?? '');
  if (id !== '') return digestField('idNumber', id, keys);
  const name = normalize('name', data.name ?? '').toLowerCase();
  const phone = normalize('phone', data.phone ?? '');
  if (name === '' || phone === '') return null;
  // JSON keeps the pair unambiguous whatever characters the name contains.
  return digest(`name+phone:${JSON.stringify([name, phone])}`, keys);
}

/** petitionerDigest of a petitioner already sealed: the identity number's digest is in `sealed`. */
export function sealedPetitionerDigest(data: PersonalData, sealed: SealedPersonalData | undefined, keys: Keys): string | null {
  return sealed?.idNumberDigest ?? petitionerDigest(data, keys);
}
