// Citizen identity numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth
// date, 3-digit sequence, 1 check character (ISO 7064 MOD 11-2). Only the 18-character form is
// accepted: 15-digit first-generation cards expired in 2013.
//
// The address code is not checked against a division list: codes are retired and reassigned, and
// a number stays valid for life, so a stale list would reject real people.

export type ResidentIdCheck =
  | { ok: true; normalized: string; birthDate: string }
  | { ok: false; reason: 'length' | 'format' | 'birthDate' | 'checksum' };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits; tests use it to build valid numbers. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar: expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  // Date.UTC rolls 02-30 over to 03-02; a round trip shows whether the date exists.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Validates an identity number typed by a person: surrounding spaces and a lower-case x are
 * tolerated. `today` (YYYY-MM-DD, local date) rejects future birth dates; the domain takes no
 * clock, so callers pass it in.
 */
export function checkResidentId(id: string, today?: string): ResidentIdCheck {
  const normalized = id.trim().toUpperCase();
  if (normalized.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(normalized)) return { ok: false, reason: 'format' };

  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  // ISO dates compare correctly as strings.
  if (year < 1900 || !isCalendarDate(year, month, day) || (today !== undefined && birthDate > today)) {
    return { ok: false, reason: 'birthDate' };
  }

  if (residentIdCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, normalized, birthDate };
}
