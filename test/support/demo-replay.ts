// An independent reading of a petition's history, for checking what the demo loader stored: the
// step and holder folded from the events alone, without the procedure's code.
import type { StoredEvent } from '../../src/audit/event-log.ts';

export function replayStep(events: StoredEvent[]): { step: string; holder: number } {
  let step = 'triage';
  let holder = 0;
  for (const e of events) {
    const to = Number(e.payload.toOrgId);
    switch (e.type) {
      case 'registered': holder = Number(e.payload.orgId); break;
      case 'forwarded':
      case 'assigned': [step, holder] = ['acceptance', to]; break;
      case 'objected': [step, holder] = ['triage', to]; break;
      case 'accepted': step = 'handling'; break;
      case 'replied': step = 'reviewRequest'; break;
      case 'reviewRequested': [step, holder] = ['review', to]; break;
      case 'reviewed': step = 'rereviewRequest'; break;
      case 'rereviewRequested': [step, holder] = ['rereview', to]; break;
      case 'rereviewed':
      case 'notAccepted':
      case 'notReaccepted':
      case 'withdrawn':
      case 'finalized': step = 'closed'; break;
    }
  }
  return { step, holder };
}

/**
 * The deadline a step keeps open for its holder, or null where none may be open: a request
 * window opens only once the decision it contests has been delivered.
 */
export function stepDeadline(step: string, events: StoredEvent[]): string | null {
  if (['triage', 'acceptance', 'handling', 'review', 'rereview'].includes(step)) return step;
  if (step !== 'reviewRequest' && step !== 'rereviewRequest') return null;
  const decision = step === 'reviewRequest' ? 'replyOpinion' : 'reviewOpinion';
  return events.some((e) => e.type === 'delivered' && e.payload.documentKind === decision) ? step : null;
}
