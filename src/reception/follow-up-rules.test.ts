import { describe, expect, it } from 'vitest';
import { checkPromises, isOverdue } from './follow-up-rules.ts';

describe('promises made at a reception', () => {
  it('must be due after today', () => {
    expect(() => checkPromises([{ promise: '一周内答复', responsibleOrgId: 1, dueOn: '2026-11-03' }], '2026-11-02')).not.toThrow();
    expect(() => checkPromises([{ promise: '当天答复', responsibleOrgId: 1, dueOn: '2026-11-02' }], '2026-11-02')).toThrow(/after today/);
    expect(() => checkPromises([{ promise: ' ', responsibleOrgId: 1, dueOn: '2026-11-09' }], '2026-11-02')).toThrow(/says nothing/);
  });

  it('are overdue from the day after their due date while open', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-11-02' }, '2026-11-02')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-02' }, '2026-11-03')).toBe(true);
    expect(isOverdue({ status: 'done', dueOn: '2026-11-02' }, '2026-11-03')).toBe(false);
  });
});
