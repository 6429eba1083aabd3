import type { UploadFile } from 'antd';
import type { RegisterBody } from '../common/petitions.api.ts';
import { type Category, type Channel, channels } from '../types.ts';
import { uploadedOf } from './AttachmentsField.tsx';

/** What the registration form holds, before it becomes the request body. */
export interface RegisterValues {
  channel: Channel;
  category: Category;
  classification?: string;
  title: string;
  request: string;
  content: string;
  anonymous?: boolean;
  petitioners?: { name?: string; idNumber?: string; phone?: string; address?: string }[];
  signerCount?: number | null;
  respondentMode: 'text' | 'org';
  respondentText?: string;
  respondentOrgId?: number;
  placeDivisionCode?: string;
  placeAddress?: string;
  files?: UploadFile[];
  registeringOrgId?: number;
}

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export function toRegisterBody(v: RegisterValues): RegisterBody {
  const anonymous = v.category === 'accusation' && !!v.anonymous;
  const petitioners = anonymous
    ? []
    : (v.petitioners ?? [])
        .map((p) => ({ name: clean(p.name), idNumber: clean(p.idNumber)?.toUpperCase(), phone: clean(p.phone), address: clean(p.address) }))
        .filter((p) => Object.values(p).some(Boolean));
  return {
    channel: v.channel,
    category: v.category,
    classification: clean(v.classification),
    title: v.title.trim(),
    request: v.request.trim(),
    content: v.content.trim(),
    anonymous,
    petitioners,
    signerCount: v.signerCount ?? undefined,
    respondentText: v.respondentMode === 'text' ? clean(v.respondentText) : undefined,
    respondentOrgId: v.respondentMode === 'org' ? v.respondentOrgId : undefined,
    placeDivisionCode: v.placeDivisionCode,
    placeAddress: clean(v.placeAddress),
    attachments: uploadedOf(v.files),
    registeringOrgId: v.registeringOrgId,
  };
}

// The channel a clerk last used is the likeliest next one (a reception desk registers visits all day).
const LAST_CHANNEL = 'redress.register.channel';
export function lastChannel(): Channel {
  const stored = localStorage.getItem(LAST_CHANNEL) as Channel | null;
  return stored && channels.includes(stored) ? stored : 'visit';
}
export const rememberChannel = (c: Channel) => localStorage.setItem(LAST_CHANNEL, c);
