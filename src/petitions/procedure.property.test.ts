import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar, addDays } from '../calendar/index.ts';
import { AppError } from '../platform/errors.ts';
import { decide, availableCommands } from './procedure.ts';
import { newCase } from './procedure.test.ts';
import { type CaseState, type Command, defaultProfile, steps } from './procedure.types.ts';

const calendar = new WorkingCalendar();

// Commands with arbitrary but well-typed payloads: the procedure must accept or refuse each one
// cleanly from any state it can reach.
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('forward' as const), toOrgId: fc.integer({ min: 2, max: 6 }), toOrgIsRespondent: fc.boolean() }),
  fc.record({ type: fc.constant('assign' as const), toOrgId: fc.integer({ min: 2, max: 6 }), toOrgIsRespondent: fc.boolean(), reportBackOn: fc.constantFrom('2026-10-30', '2026-12-31', '2026-09-01') }),
  fc.constant({ type: 'accept' as const }),
  fc.constant({ type: 'notAccept' as const, reason: 'r', route: 'litigation' as const }),
  fc.constant({ type: 'notReaccept' as const, reason: 'r' }),
  fc.constant({ type: 'object' as const, reason: 'r' }),
  fc.record({ type: fc.constant('extend' as const), days: fc.integer({ min: 0, max: 40 }), reason: fc.constantFrom('', '复杂') }),
  fc.record({ type: fc.constant('reply' as const), decision: fc.constantFrom('support' as const, 'explain' as const, 'reject' as const), opinion: fc.constant('o') }),
  fc.record({ type: fc.constant('deliver' as const), documentKind: fc.constantFrom('replyOpinion' as const, 'reviewOpinion' as const, 'acceptanceNotice' as const), method: fc.constant('post' as const), deliveredOn: fc.constant('2026-09-28') }),
  fc.record({ type: fc.constant('requestReview' as const), reason: fc.constant('r'), toOrgId: fc.constantFrom(7, null) }),
  fc.record({ type: fc.constant('review' as const), result: fc.constantFrom('upheld' as const, 'changed' as const), opinion: fc.constant('o') }),
  fc.record({ type: fc.constant('requestRereview' as const), reason: fc.constant('r'), toOrgId: fc.constantFrom(8, null) }),
  fc.record({ type: fc.constant('rereview' as const), result: fc.constantFrom('upheld' as const, 'changed' as const), opinion: fc.constant('o') }),
  fc.constant({ type: 'finalize' as const }),
  fc.constant({ type: 'withdraw' as const, reason: 'r' }),
  fc.constant({ type: 'urge' as const, note: 'n' }),
  fc.constant({ type: 'instruct' as const, text: 't', responsibleOrgId: null, dueOn: null }),
  fc.constant({ type: 'link' as const, petitionId: 99, receiptNo: 'XF' }),
  fc.constant({ type: 'evaluate' as const, rating: 'satisfied' as const, comment: '' }),
);

const stepDeadline: Partial<Record<CaseState['step'], string>> = { triage: 'triage', acceptance: 'acceptance', handling: 'handling', review: 'review', rereview: 'rereview' };

function checkInvariants(s: CaseState) {
  expect(steps).toContain(s.step);
  expect(Number.isInteger(s.holderOrgId)).toBe(true);
  expect(s.step === 'closed').toBe(s.outcome !== null);
  const kind = stepDeadline[s.step];
  // Every active step has exactly one running clock of its own.
  if (kind) expect(s.deadlines.filter((d) => d.kind === kind)).toHaveLength(1);
  for (const d of s.deadlines) expect(calendar.isWorkingDay(d.due.dueOn) || d.due.days === 0).toBe(true);
  if (s.step === 'closed') expect(s.deadlines).toEqual([]);
}

describe('the procedure as a state machine (property)', () => {
  it('from any reachable state, every command is either applied with its invariants kept or refused with a coded error', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.integer({ min: 0, max: 20 })), { maxLength: 25 }), fc.constantFrom('claim' as const, 'accusation' as const), (script, category) => {
        let state = newCase('2026-09-28', category);
        let today = '2026-09-28';
        for (const [cmd, days] of script) {
          today = addDays(today, days);
          const allowed = availableCommands(state, today);
          try {
            const t = decide(state, cmd, { today, profile: defaultProfile, calendar });
            // Nothing the step does not offer ever succeeds (deliver and evaluate are checked in detail).
            expect(allowed.includes(cmd.type) || cmd.type === 'finalize' || cmd.type === 'deliver' || cmd.type === 'withdraw').toBe(true);
            if (cmd.type === 'forward' || cmd.type === 'assign') expect(cmd.toOrgIsRespondent).toBe(false);
            state = t.state;
            checkInvariants(state);
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            expect(e.code).toMatch(/^[a-zA-Z]+$/);
            expect(e.text.zh.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
