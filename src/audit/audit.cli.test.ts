import { describe, expect, it } from 'vitest';
import { summary } from './audit.cli.ts';

const head = { eventId: 12, hash: 'ab'.repeat(32) };

describe('the audit verify summary', () => {
  it('says OK and prints the head to write down elsewhere', () => {
    const text = summary({ ok: true, checked: 12, problems: [], omitted: 0, head }, '/data/redress.db');
    expect(text).toBe(`Event log at /data/redress.db: 12 events checked.\nChain head: event 12, hash ${head.hash}\nOK: every event matches its hash and both chains are complete.\n`);
  });

  it('lists every problem with its kind and counts the ones left out', () => {
    const problems = [
      { kind: 'altered' as const, eventId: 5, petitionId: 2, message: 'event 5 (petition 2, position 2, noted) no longer matches its hash' },
      { kind: 'headMismatch' as const, eventId: 12, petitionId: null, message: 'the chain head records event 12, which no longer exists' },
    ];
    const text = summary({ ok: false, checked: 11, problems, omitted: 3, head }, 'postgres://redress:***@db/redress');
    expect(text).toContain('FAILED: 5 problems found.');
    expect(text).toContain('  [altered] event 5 (petition 2, position 2, noted) no longer matches its hash\n');
    expect(text).toContain('  [headMismatch] the chain head records event 12');
    expect(text).toContain('… and 3 more not listed.');
  });
});
