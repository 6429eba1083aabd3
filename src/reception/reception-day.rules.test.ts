import { describe, expect, it } from 'vitest';
import { bookingNumber, checkPhone } from './appointment.rules.ts';
import { checkDayInput, deriveSlots, orphanedSlots, shanghaiInstant, shanghaiNow, slotHasBegun } from './reception-day.rules.ts';

const day = { day: '2026-10-12', startsAt: '09:00', endsAt: '11:30', place: '县信访局接待大厅', leaders: [{ name: '王某某', title: '县长' }], topics: '城乡建设', slotMinutes: 60, slotCapacity: 2 };
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'passed';
};

describe('reception day rules', () => {
  it('derives slots from the start until before the end, the last one short', () => {
    expect(deriveSlots('09:00', '11:30', 60)).toEqual([
      { startsAt: '09:00', endsAt: '10:00' },
      { startsAt: '10:00', endsAt: '11:00' },
      { startsAt: '11:00', endsAt: '11:30' },
    ]);
    expect(deriveSlots('14:00', '14:20', 30)).toEqual([{ startsAt: '14:00', endsAt: '14:20' }]);
  });

  it('refuses a day that ends before it starts, lies in the past, takes nobody or has no leader', () => {
    expect(code(() => checkDayInput(day, '2026-10-12'))).toBe('passed');
    expect(code(() => checkDayInput({ ...day, endsAt: '09:00' }, '2026-10-01'))).toBe('endBeforeStart');
    expect(code(() => checkDayInput({ ...day, startsAt: '9:00' }, '2026-10-01'))).toBe('invalidTime');
    expect(code(() => checkDayInput(day, '2026-10-13'))).toBe('dayInPast');
    expect(code(() => checkDayInput({ ...day, slotCapacity: 0 }, '2026-10-01'))).toBe('capacityTooSmall');
    expect(code(() => checkDayInput({ ...day, leaders: [{ name: ' ', title: '县长' }] }, '2026-10-01'))).toBe('leaderRequired');
  });

  it('names the booked times a change leaves without a slot', () => {
    expect(orphanedSlots(['09:00', '10:00', '10:00', '11:00'], deriveSlots('09:00', '11:00', 30))).toEqual(['11:00']);
    expect(orphanedSlots(['09:30'], deriveSlots('09:00', '11:00', 60))).toEqual(['09:30']);
  });

  it('reads the clock in Beijing time and closes a slot once it has begun', () => {
    const now = shanghaiNow(new Date('2026-10-11T16:30:00Z'));
    expect(now).toEqual({ day: '2026-10-12', time: '00:30' });
    expect(slotHasBegun('2026-10-12', '09:00', now)).toBe(false);
    expect(slotHasBegun('2026-10-12', '00:30', now)).toBe(true);
    expect(slotHasBegun('2026-10-11', '23:00', now)).toBe(true);
    expect(shanghaiInstant('2026-10-12', '09:00').toISOString()).toBe('2026-10-12T01:00:00.000Z');
  });
});

describe('appointment rules', () => {
  it('accepts mainland mobiles and landlines with an area code, in the usual spellings', () => {
    expect(checkPhone('138 1234 5678')).toBe('13812345678');
    expect(checkPhone('+86 138-1234-5678')).toBe('13812345678');
    expect(checkPhone('0791-86123456')).toBe('079186123456');
    expect(checkPhone('(010) 6512 3456')).toBe('01065123456');
    for (const wrong of ['12345678901', '1381234567', '86123456', 'abc', '']) expect(code(() => checkPhone(wrong))).toBe('invalidPhone');
  });

  it('numbers bookings by their reception day', () => {
    expect(bookingNumber('2026-10-12', 7)).toBe('JF202610120007');
  });
});
