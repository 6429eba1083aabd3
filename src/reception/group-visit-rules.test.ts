import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../petitions/procedure.types.ts';
import { checkGroupMembers, clockAt, responseDutyFor } from './group-visit-rules.ts';

const arrived = '2026-11-02T02:00:00.000Z';
const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}` }));

describe('the response duty of a group visit', () => {
  it('applies the highest rule the headcount reaches', () => {
    const rules = defaultProfile.groupVisitRules;
    expect(responseDutyFor(rules, 4, arrived)).toBeNull();
    expect(responseDutyFor(rules, 5, arrived)).toEqual({ receiver: 'officeHead', withinMinutes: 120, respondBy: '2026-11-02T04:00:00.000Z' });
    expect(responseDutyFor(rules, 19, arrived)?.receiver).toBe('officeHead');
    expect(responseDutyFor(rules, 20, arrived)).toEqual({ receiver: 'unitHead', withinMinutes: 60, respondBy: '2026-11-02T03:00:00.000Z' });
    expect(responseDutyFor(rules, 50, arrived)).toEqual({ receiver: 'onCallLeader', withinMinutes: 30, respondBy: '2026-11-02T02:30:00.000Z' });
  });

  it('does not depend on the order of the rules', () => {
    const rules = [...defaultProfile.groupVisitRules].reverse();
    expect(responseDutyFor(rules, 60, arrived)?.receiver).toBe('onCallLeader');
    expect(responseDutyFor([], 60, arrived)).toBeNull();
  });

  it('counts the clock down and says afterwards whether the limit was kept', () => {
    const by = '2026-11-02T03:00:00.000Z';
    expect(clockAt(by, new Date('2026-11-02T02:15:30Z'))).toEqual({ minutesLeft: 44, withinLimit: null });
    expect(clockAt(by, new Date('2026-11-02T03:10:00Z'))?.minutesLeft).toBe(-10);
    expect(clockAt(by, new Date(), '2026-11-02T02:59:00Z')).toEqual({ minutesLeft: null, withinLimit: true });
    expect(clockAt(by, new Date(), '2026-11-02T03:01:00Z')?.withinLimit).toBe(false);
    expect(clockAt(null, new Date())).toBeNull();
  });
});

describe('the members of a group visit', () => {
  it('accepts five representatives and refuses the sixth with the rule', () => {
    expect(() => checkGroupMembers({ headcount: 30, representatives: reps(5), others: [] })).not.toThrow();
    expect(() => checkGroupMembers({ headcount: 30, representatives: reps(6), others: [] })).toThrow('A group chooses at most 5 representatives');
  });

  it('refuses groups whose names do not add up', () => {
    expect(() => checkGroupMembers({ headcount: 1, representatives: reps(1), others: [] })).toThrow(/at least two/);
    expect(() => checkGroupMembers({ headcount: 3, representatives: reps(2), others: ['甲', '乙'] })).toThrow(/More names/);
    expect(() => checkGroupMembers({ headcount: 3, representatives: [], others: [] })).toThrow(/at least one representative/);
  });
});
