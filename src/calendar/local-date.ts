// Local dates are plain 'YYYY-MM-DD' strings: they sort, compare and serialise as themselves.
// All arithmetic goes through UTC day numbers (days since 1970-01-01) so that no host time zone
// or daylight-saving rule can shift a date.

export type LocalDate = string;

const MIN_DAY = daysFromCivil(1, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

// Howard Hinnant's civil calendar algorithms: exact for the proleptic Gregorian calendar, and far
// cheaper than allocating Date objects in the hot path of due-date computation.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Hand-rolled rather than a regex: parsing sits on the path of every due-date computation.
function digits(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function parse(s: string): number | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

export function isLocalDate(s: unknown): s is LocalDate {
  return typeof s === 'string' && parse(s) !== null;
}

/** UTC day number of a local date (0 = 1970-01-01); throws RangeError on anything not a real date. */
export function toDayNumber(d: LocalDate): number {
  const n = parse(d);
  if (n === null) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return n;
}

// Formatting dominates due-date computation, and nearly all dates fall in a few decades.
const CACHE_FROM = daysFromCivil(1970, 1, 1);
const CACHE_TO = daysFromCivil(2100, 12, 31);
const formatted: (string | undefined)[] = [];

export function fromDayNumber(n: number): LocalDate {
  if (!Number.isInteger(n) || n < MIN_DAY || n > MAX_DAY) {
    throw new RangeError(`day number out of range: ${n}`);
  }
  if (n < CACHE_FROM || n > CACHE_TO) return format(n);
  return (formatted[n - CACHE_FROM] ??= format(n));
}

function format(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** b − a in days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeekOfDayNumber(n: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((n + 4) % 7) + 7) % 7;
}

export function dayOfWeek(d: LocalDate): number {
  return dayOfWeekOfDayNumber(toDayNumber(d));
}

export function yearOf(d: LocalDate): number {
  toDayNumber(d);
  return Number(d.slice(0, 4));
}

// Building an Intl formatter costs far more than using one; instants are converted per request.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, calendar: 'gregory', numberingSystem: 'latn',
      year: 'numeric', month: '2-digit', day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Since 1992 every zone's offset has been a whole number of quarter hours, so the local date is the
// same for a whole UTC quarter hour: the last answer per zone is kept, since formatToParts is costly
// on hot paths (every registration asks for today).
const QUARTER_HOUR = 900_000;
const QUARTER_HOURS_SINCE = Date.UTC(1992, 0, 1);
const lastDates = new Map<string, { quarter: number; date: LocalDate }>();

/** The local date an instant falls on in the given zone (China has no daylight saving since 1991). */
export function toLocalDate(instant: Date, timeZone = 'Asia/Shanghai'): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid instant');
  if (ms < QUARTER_HOURS_SINCE) return formatLocalDate(instant, timeZone);
  const quarter = Math.floor(ms / QUARTER_HOUR);
  const last = lastDates.get(timeZone);
  if (last?.quarter === quarter) return last.date;
  const date = formatLocalDate(instant, timeZone);
  lastDates.set(timeZone, { quarter, date });
  return date;
}

function formatLocalDate(instant: Date, timeZone: string): LocalDate {
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  const d = `${year.padStart(4, '0')}-${month}-${day}`;
  if (!isLocalDate(d)) throw new RangeError(`instant outside the supported range: ${instant.toISOString()}`);
  return d;
}
