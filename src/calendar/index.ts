// Public API of the calendar domain: local dates, the working-day calendar and due dates.
// Pure: no clock reads, no I/O beyond loading the bundled holiday data once.
export {
  type LocalDate,
  isLocalDate,
  addDays,
  daysBetween,
  compareDates,
  dayOfWeek,
  yearOf,
  toLocalDate,
  toDayNumber,
  fromDayNumber,
} from './local-date.ts';
export {
  type CalendarOverride,
  type HolidayName,
  type WorkingCalendarOptions,
  WorkingCalendar,
  WEEKEND,
  bundledLastYear,
} from './working-calendar.ts';
export {
  type TimeLimit,
  type DueExplanation,
  type DueStatus,
  computeDueDate,
  extendDueDate,
  dueStatus,
  renderExplanation,
} from './deadline.ts';
export type { ExplanationLocale } from './render-explanation.ts';
