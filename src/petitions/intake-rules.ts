import { AppError } from '../platform/errors.ts';
import type { PersonalData } from './personal-data.ts';
import type { Category, Channel } from './procedure.types.ts';
import { checkResidentId } from './resident-id.ts';

export interface IntakeInput {
  channel: Channel;
  category: Category;
  classification?: string | null | undefined;
  title: string;
  request: string;
  content: string;
  respondentText?: string | null | undefined;
  respondentOrgId?: number | null | undefined;
  placeDivisionCode?: string | null | undefined;
  placeAddress?: string | null | undefined;
  signerCount?: number | undefined;
  anonymous: boolean;
  petitioners: PersonalData[];
  attachments: { sha256: string; name: string }[];
}

const bad = (code: string, zh: string, en: string, details?: unknown): never => {
  throw new AppError('badRequest', code, { zh, en }, details);
};

/** The rules of registration beyond the shape of the request (DOMAIN.md §2, §4). */
export function checkIntake(input: IntakeInput) {
  const petitioners = input.petitioners.filter((p) => Object.values(p).some((v) => typeof v === 'string' && v.trim() !== ''));
  if (input.anonymous) {
    if (input.category !== 'accusation') bad('anonymousNotAllowed', '只有检举控告类事项可以匿名提出', 'Only accusations may be made anonymously');
    if (petitioners.length > 0) bad('anonymousWithIdentity', '匿名检举时请不要填写个人信息', 'An anonymous report carries no personal data');
  } else if (!petitioners.some((p) => p.name?.trim())) {
    bad('petitionerRequired', '请填写信访人姓名，或选择匿名检举控告', 'Give the petitioner’s name, or report anonymously (accusations only)');
  }
  petitioners.forEach((p, i) => {
    const check = p.idNumber?.trim() ? checkResidentId(p.idNumber) : null;
    if (check && !check.ok) {
      bad('invalidIdNumber', `第 ${i + 1} 位信访人的身份证号码无效（${reasonZh[check.reason]}）`, `Petitioner ${i + 1}: the ID number is not valid (${check.reason})`, { index: i, reason: check.reason });
    }
    if (p.phone && !/^[+\d][\d\s-]{4,19}$/.test(p.phone.trim())) {
      bad('invalidPhone', `第 ${i + 1} 位信访人的电话号码无效`, `Petitioner ${i + 1}: the phone number is not valid`, { index: i });
    }
  });
  const signerCount = input.signerCount ?? Math.max(1, petitioners.length);
  if (signerCount < petitioners.length) bad('signerCountTooLow', '联名人数不能少于已登记的信访人数', 'The signer count cannot be lower than the number of petitioners listed');
  const trimmed = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
  return {
    channel: input.channel,
    category: input.category,
    classification: trimmed(input.classification),
    title: input.title.trim(),
    request: input.request.trim(),
    content: input.content.trim(),
    respondentText: trimmed(input.respondentText),
    respondentOrgId: input.respondentOrgId ?? null,
    placeDivisionCode: trimmed(input.placeDivisionCode),
    placeAddress: trimmed(input.placeAddress),
    signerCount,
    anonymous: input.anonymous,
    petitioners,
    attachments: input.attachments,
  };
}

const reasonZh: Record<string, string> = { length: '位数不对', format: '格式错误', birthDate: '出生日期无效', checksum: '校验码错误' };
