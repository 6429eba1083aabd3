import type { UploadFile } from 'antd';
import type { Category, StoredAttachment, SubmitBody } from '../common/types.ts';

/** The form's values; one antd Form holds all four steps so going back loses nothing. */
export interface SubmitValues {
  category?: Category;
  title?: string;
  request?: string;
  content?: string;
  respondentText?: string;
  placeAddress?: string;
  officeId?: number;
  anonymous?: boolean;
  name?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  signerCount?: number;
  files?: UploadFile<StoredAttachment>[];
  photos?: UploadFile<StoredAttachment>[];
  consent?: boolean;
}

/** Which fields each step checks before the next one opens. */
export const stepFields: (keyof SubmitValues)[][] = [
  ['category', 'title', 'request', 'content', 'respondentText', 'placeAddress', 'officeId'],
  ['anonymous', 'name', 'idNumber', 'phone', 'address', 'signerCount'],
  ['files', 'photos'],
  ['consent'],
];

export const MAX_FILES = 20;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The same rule as the server's (GB 11643): 17 digits and a check character, caught before sending. */
export function validResidentId(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}

export const PHONE = /^[+\d][\d\s-]{4,19}$/;

/** Anonymity only for accusations, as the server requires (DOMAIN.md §1). */
export const isAnonymous = (v: SubmitValues) => v.category === 'accusation' && v.anonymous === true;

export const uploaded = (v: SubmitValues) =>
  [...(v.files ?? []), ...(v.photos ?? [])].filter((f) => f.status === 'done' && f.response).map((f) => ({ sha256: (f.response as StoredAttachment).sha256, name: f.name }));

const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export function toBody(v: SubmitValues): SubmitBody {
  const anonymous = isAnonymous(v);
  const person = { name: text(v.name), idNumber: text(v.idNumber)?.toUpperCase(), phone: text(v.phone), address: text(v.address) };
  return {
    category: v.category as Category,
    title: v.title?.trim() ?? '',
    request: v.request?.trim() ?? '',
    content: v.content?.trim() ?? '',
    respondentText: text(v.respondentText),
    placeAddress: text(v.placeAddress),
    officeId: v.officeId,
    anonymous,
    petitioners: anonymous ? [] : [person],
    signerCount: v.signerCount ?? 1,
    attachments: uploaded(v),
    consent: true,
  };
}
