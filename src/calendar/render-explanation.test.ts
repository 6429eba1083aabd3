import { describe, expect, it } from 'vitest';
import { computeDueDate, renderExplanation, type DueExplanation } from './deadline.ts';
import { WorkingCalendar } from './working-calendar.ts';

const calendar = new WorkingCalendar();
const registration = { zh: '登记', en: 'registration' };
const receipt = { zh: '收到', en: 'receipt' };

function both(e: DueExplanation, label = registration): [string, string] {
  return [renderExplanation(e, 'zh-CN', label), renderExplanation(e, 'en', label)];
}

describe('renderExplanation', () => {
  it('states the period and the due date', () => {
    expect(both(computeDueDate('2026-09-28', { days: 15, unit: 'calendar' }, calendar))).toEqual([
      '自登记（2026-09-28）次日起 15 日，至 2026-10-13',
      '15 days from the day after registration on 2026-09-28, to 2026-10-13',
    ]);
  });

  it('names the holiday a due date was moved past', () => {
    expect(both(computeDueDate('2026-09-19', { days: 15, unit: 'calendar' }, calendar))).toEqual([
      '自登记（2026-09-19）次日起 15 日，原届满日 2026-10-04 为国庆节假期，顺延至 2026-10-08',
      '15 days from the day after registration on 2026-09-19, ending 2026-10-04, '
        + 'moved past the National Day holiday to 2026-10-08',
    ]);
  });

  it('names a weekend and several holidays', () => {
    expect(both(computeDueDate('2026-11-06', { days: 15, unit: 'calendar' }, calendar))).toEqual([
      '自登记（2026-11-06）次日起 15 日，原届满日 2026-11-21 为周末，顺延至 2026-11-23',
      '15 days from the day after registration on 2026-11-06, ending 2026-11-21, moved past the weekend to 2026-11-23',
    ]);
    const [zh, en] = both(computeDueDate('2025-09-16', { days: 15, unit: 'calendar' }, calendar));
    expect(zh).toContain('原届满日 2025-10-01 为国庆节假期、中秋假期，顺延至 2025-10-09');
    expect(en).toContain('moved past the National Day holiday and the Mid-autumn Festival holiday to 2025-10-09');
  });

  it('does not double 假期 in an entered name', () => {
    const cal = new WorkingCalendar({ overrides: [{ date: '2026-10-08', kind: 'restday', name: '国庆假期' }] });
    const [zh] = both(computeDueDate('2026-09-23', { days: 15, unit: 'calendar' }, cal));
    expect(zh).toBe('自登记（2026-09-23）次日起 15 日，原届满日 2026-10-08 为国庆假期，顺延至 2026-10-09');
  });

  it('states working-day periods', () => {
    expect(both(computeDueDate('2026-09-30', { days: 5, unit: 'working' }, calendar), receipt)).toEqual([
      '自收到（2026-09-30）次日起 5 个工作日，至 2026-10-13',
      '5 working days after receipt on 2026-09-30, to 2026-10-13',
    ]);
    const [, en] = both(computeDueDate('2026-09-30', { days: 1, unit: 'working' }, calendar), receipt);
    expect(en).toBe('1 working day after receipt on 2026-09-30, to 2026-10-08');
  });

  it('marks a provisional due date with the year not yet announced', () => {
    expect(both(computeDueDate('2026-12-20', { days: 15, unit: 'calendar' }, calendar))).toEqual([
      '自登记（2026-12-20）次日起 15 日，至 2027-01-04（暂定：2027 年节假日安排尚未公布）',
      '15 days from the day after registration on 2026-12-20, to 2027-01-04; '
        + 'provisional: the 2027 holiday arrangement has not been announced',
    ]);
  });

  it('marks a provisional date moved past an entered holiday', () => {
    const cal = new WorkingCalendar({ overrides: [{ date: '2027-01-01', kind: 'restday', name: '元旦' }] });
    const [zh, en] = both(computeDueDate('2026-12-17', { days: 15, unit: 'calendar' }, cal));
    expect(zh).toBe('自登记（2026-12-17）次日起 15 日，原届满日 2027-01-01 为元旦假期、周末，'
      + '顺延至 2027-01-04（暂定：2027 年节假日安排尚未公布）');
    expect(en).toContain("moved past the New Year's Day holiday and the weekend to 2027-01-04; provisional");
  });
});
