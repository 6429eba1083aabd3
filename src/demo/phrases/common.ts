/**
 * Shared types and small helpers for the petition templates: dates, amounts, durations.
 * Dates are written relative to a fixed demo year, never the clock.
 */
import type { DemoTownship } from '../county.ts';
import type { Random } from '../random.ts';
import { randomSurname } from '../identity.ts';

export type Channel = 'online' | 'letter' | 'visit' | 'phone' | 'fax' | 'email' | 'api';
export type Category = 'suggestion' | 'accusation' | 'claim';
export type NotAcceptRoute = 'litigation' | 'arbitration' | 'reconsideration' | 'court' | 'procuratorate';

/** What a template may draw on: the randomness and the place already chosen for this petition. */
export interface Ctx {
  readonly rng: Random;
  readonly town: DemoTownship;
  /** A village or neighbourhood committee of `town`. */
  readonly village: string;
  /** A residential compound (for urban matters). */
  readonly community: string;
  readonly road: string;
  /** Whether this is a joint petition (several signers). */
  readonly joint: boolean;
  /** How many signed: 1, or 2–80 for a joint petition. */
  readonly signers: number;
  /** '我' or, for a joint petition, '我们'. */
  readonly I: string;
  /** Whether the petitioner withholds their name (then the letter does not sign off by name). */
  readonly anonymous: boolean;
}

/** A template's output; the generator adds greeting, closing, channel and petitioners. */
export interface Draft {
  title: string;
  request: string;
  body: string;
  respondent: string;
  address: string;
  /** The place is the whole county rather than the chosen township. */
  countyWide?: boolean;
}

export interface Template {
  id: string;
  category: Category;
  classification: string;
  orgKey: string;
  /** Relative frequency among all templates. */
  weight: number;
  /** Draw the township from the urban ones (compounds, roads, buses). */
  urban?: boolean;
  /** Probability that a petition of this kind is a joint one. */
  joint?: number;
  /** Probability that the petitioner stays anonymous. */
  anonymous?: number;
  /** Birth years of the petitioners, where the matter implies an age (retirement, school-age children). */
  birthYears?: readonly [number, number];
  /** The procedure the matter belongs to instead of a petition. */
  route?: NotAcceptRoute;
  build(c: Ctx): Draft;
}

export const DEMO_YEAR = 2025;

/** '2024年3月', in a year from `from` to `to` (the demo year by default). */
export function ym(rng: Random, from = DEMO_YEAR - 2, to = DEMO_YEAR): string {
  return `${rng.int(from, to)}年${rng.int(1, 12)}月`;
}

/** '2024年3月15日', in a year from `from` to `to`. */
export function ymd(rng: Random, from = DEMO_YEAR - 1, to = DEMO_YEAR): string {
  return `${rng.int(from, to)}年${rng.int(1, 12)}月${rng.int(1, 28)}日`;
}

/** Two months in order, 2 to 14 months apart, both within the last three years. */
export function span(rng: Random): [string, string] {
  const start = (DEMO_YEAR - 3) * 12 + rng.int(0, 23);
  const end = start + rng.int(2, 14);
  const text = (m: number): string => `${Math.floor(m / 12)}年${(m % 12) + 1}月`;
  return [text(start), text(end)];
}

const DIGITS = '零一二三四五六七八九';

/** 1–99 in Chinese numerals ('十二', '三十'); 2 is '两' as a count, '二' as an ordinal ('二组'). */
export function cn(n: number, ordinal = false): string {
  if (n === 2 && !ordinal) return '两';
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : (DIGITS[tens] as string)) + '十' + (ones === 0 ? '' : (DIGITS[ones] as string));
}

/** An amount rounded to `step`, between min and max. */
export function money(rng: Random, min: number, max: number, step = 100): number {
  return Math.round(rng.int(min, max) / step) * step;
}

/** '8600元', '3.68万元' (as people write larger round sums), '12345元'. */
export function yuan(n: number): string {
  if (n >= 10000 && n % 100 === 0) return `${n / 10000}万元`;
  return `${n}元`;
}

const durations: readonly string[] = [
  '两个多月', '三个多月', '四个月', '近半年', '半年多', '八个多月', '将近一年', '一年多', '一年半', '两年多',
];

export const duration = (rng: Random): string => rng.pick(durations);

/** A third party as letters name them: '王某', '李某某'. */
export function someone(rng: Random): string {
  return randomSurname(rng) + (rng.next() < 0.7 ? '某' : '某某');
}

/** A small count in Chinese, e.g. '三次', '五六次'. */
export function times(rng: Random): string {
  return rng.pick(['两次', '三次', '好几次', '四五次', '十多次', '多次']);
}
