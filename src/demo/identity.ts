/**
 * Fictional personal details: names, resident ID numbers (GB 11643 checksum), mobile numbers.
 */
import type { Random } from './random.ts';
import { weightedPicker } from './random.ts';
import { femaleGiven, maleGiven, surnames, type Gender } from './phrases/names.ts';

export interface DemoName {
  name: string;
  /** Pinyin-like ASCII, e.g. 'zhang.wei'. */
  ascii: string;
  gender: Gender;
}

const pickSurname = weightedPicker(surnames.map(([s, p, w]) => [[s, p] as const, w] as const));

export function randomName(rng: Random, gender?: Gender): DemoName {
  const g: Gender = gender ?? (rng.next() < 0.5 ? 'm' : 'f');
  const [sur, surAscii] = pickSurname(rng);
  const [given, givenAscii] = rng.pick(g === 'm' ? maleGiven : femaleGiven);
  return { name: sur + given, ascii: `${surAscii}.${givenAscii}`, gender: g };
}

/** A surname only, for third parties written as '王某' in letters. */
export function randomSurname(rng: Random): string {
  return pickSurname(rng)[0];
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The check character of the first 17 digits of a resident ID number. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/** Whether an 18-character resident ID number has a valid date and check character. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return idCheckChar(id.slice(0, 17)) === id[17];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A valid 18-digit resident ID number: division prefix, birth date, sequence whose last digit
 * is odd for men and even for women, and the check character.
 */
export function randomIdNumber(rng: Random, divisionCode: string, gender: Gender, minYear = 1945, maxYear = 2005): string {
  const year = rng.int(minYear, maxYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, DAYS_IN_MONTH[month - 1] as number);
  const seq2 = rng.int(0, 99);
  const sexDigit = rng.int(0, 4) * 2 + (gender === 'm' ? 1 : 0);
  const body = `${divisionCode.slice(0, 6)}${year}${pad2(month)}${pad2(day)}${pad2(seq2)}${sexDigit}`;
  return body + idCheckChar(body);
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139',
  '150', '151', '152', '153', '155', '157', '158', '159',
  '180', '181', '182', '183', '185', '186', '187', '188', '189',
  '191', '193', '195', '198', '199',
] as const;

/** An 11-digit mobile number beginning 13, 15, 18 or 19. */
export function randomPhone(rng: Random): string {
  const tail = rng.int(0, 99_999_999);
  return rng.pick(MOBILE_PREFIXES) + String(tail).padStart(8, '0');
}
