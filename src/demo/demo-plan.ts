/**
 * What will happen to a demo petition, drawn when it is registered: the route, the decisions and
 * how long each holder takes. The walker then plays the plan through the procedure until the
 * clock says now, so young petitions are still open and old ones mostly closed.
 */
import type { Decision, Rating, ReviewResult, Step } from '../petitions/procedure.types.ts';
import { ORG } from './county.ts';
import type { DemoPetition } from './petition-text.ts';
import type { Random } from './random.ts';

export interface Plan {
  /** Which petition office registers it: the county's, the township's of the place, or the city's. */
  registrar: 'county' | 'township' | 'city';
  triage: 'route' | 'accept' | 'notAccept' | 'notReaccept';
  /** 交办 with a report-back date rather than 转送. */
  assign: boolean;
  /** First sent to a body that objects within the objection period, then rerouted. */
  misroute: boolean;
  acceptance: 'accept' | 'notAccept' | 'notReaccept';
  /** The petitioner withdraws at this step instead of waiting for its outcome. */
  withdrawAt: Step | null;
  extend: boolean;
  /** Steps whose holder runs past the due date. */
  slow: Step[];
  /** A supervisor presses a step that has run past its due date. */
  urge: boolean;
  instruct: boolean;
  decision: Decision;
  rating: Rating | null;
  review: boolean;
  reviewResult: ReviewResult;
  rereview: boolean;
  rereviewResult: ReviewResult;
  /** Showcases only: reach this step before now and wait there. */
  hold: Step | null;
}

/** Stages that a load of any size shows at least once (DOMAIN.md §3), each with a fitting age in days. */
export const showcaseAges = {
  triage: [0, 10], forwarded: [2, 14], assigned: [2, 14], objected: [20, 200], handling: [15, 60],
  extended: [55, 85], overdue: [80, 140], instructed: [20, 60], reviewRequest: [30, 55], review: [45, 80],
  rereviewRequest: [50, 75], rereview: [60, 90], rereviewed: [170, 10_000], lapsed: [110, 10_000],
  notAccepted: [5, 10_000], notReaccepted: [5, 10_000], withdrawn: [40, 10_000],
  satisfied: [60, 10_000], basicallySatisfied: [60, 10_000], unsatisfied: [60, 10_000],
} as const satisfies Record<string, readonly [number, number]>;
export type Showcase = keyof typeof showcaseAges;

const ratingAfter: Record<Decision, readonly (readonly [Rating | null, number])[]> = {
  support: [['satisfied', 60], ['basicallySatisfied', 22], ['unsatisfied', 3], [null, 15]],
  explain: [['satisfied', 25], ['basicallySatisfied', 35], ['unsatisfied', 15], [null, 25]],
  reject: [['satisfied', 5], ['basicallySatisfied', 20], ['unsatisfied', 45], [null, 30]],
};
const reviewChance = (r: Rating | null): number => (r === 'unsatisfied' ? 0.35 : r === null ? 0.06 : r === 'basicallySatisfied' ? 0.04 : 0.01);
const slowChance: readonly (readonly [Step, number])[] = [['triage', 0.04], ['acceptance', 0.05], ['handling', 0.09], ['review', 0.1], ['rereview', 0.1]];

export function drawPlan(rng: Random, p: DemoPetition): Plan {
  const accusation = p.category === 'accusation';
  const registrar = accusation ? rng.weighted([['county', 9], ['city', 1]] as const)
    : rng.weighted(p.channel === 'visit' ? [['county', 70], ['township', 25], ['city', 5]] as const : [['county', 80], ['township', 12], ['city', 8]] as const);
  const routed = p.notAcceptRoute === undefined;
  const triage = !routed && rng.chance(0.9) ? 'notAccept' : registrar === 'township' && routed && rng.chance(0.2) ? 'accept' : 'route';
  const decision = rng.weighted<Decision>(accusation ? [['support', 40], ['explain', 45], ['reject', 15]] : [['support', 30], ['explain', 50], ['reject', 20]]);
  const rating = rng.weighted(ratingAfter[decision]);
  const reviewResult = rng.weighted<ReviewResult>([['upheld', 82], ['changed', 18]]);
  return {
    registrar,
    triage,
    assign: rng.chance(registrar === 'city' ? 0.4 : 0.15),
    misroute: rng.chance(0.05),
    acceptance: !routed ? 'notAccept' : rng.weighted([['accept', 96], ['notAccept', 3], ['notReaccept', 1]] as const),
    withdrawAt: rng.chance(0.015) ? rng.pick<Step>(['triage', 'acceptance', 'handling', 'handling', 'reviewRequest']) : null,
    extend: rng.chance(0.12),
    slow: slowChance.filter(([, chance]) => rng.chance(chance)).map(([step]) => step),
    urge: rng.chance(0.65),
    instruct: rng.chance(0.04),
    decision,
    rating,
    review: rng.chance(reviewChance(rating)),
    reviewResult,
    rereview: rng.chance(reviewResult === 'upheld' ? 0.25 : 0.1),
    rereviewResult: rng.weighted<ReviewResult>([['upheld', 85], ['changed', 15]]),
    hold: null,
  };
}

/** Whether a generated petition can show `showcase` (the walker needs a deliverable, routable matter). */
export function suits(showcase: Showcase, p: DemoPetition): boolean {
  if (showcase === 'notAccepted') return p.notAcceptRoute !== undefined;
  if (p.notAcceptRoute !== undefined || p.anonymous || p.petitioners.length === 0) return false;
  // The county government's decisions are reviewed by the city, which has nobody above it.
  return !(['rereviewRequest', 'rereview', 'rereviewed'] as Showcase[]).includes(showcase) || p.competentOrgKey !== ORG.county;
}

/** A plain path (county office, forwarded, accepted, replied) bent to show `showcase`. */
export function showcasePlan(base: Plan, showcase: Showcase): Plan {
  const plain: Plan = {
    ...base, registrar: 'county', triage: 'route', assign: false, misroute: false, acceptance: 'accept', withdrawAt: null,
    extend: false, slow: [], instruct: false, review: false, rereview: false, hold: null,
  };
  const hold = (step: Step, extra: Partial<Plan> = {}): Plan => ({ ...plain, ...extra, hold: step });
  switch (showcase) {
    case 'triage': return hold('triage');
    case 'forwarded': return hold('acceptance');
    case 'assigned': return hold('acceptance', { assign: true });
    case 'objected': return { ...plain, misroute: true };
    case 'handling': return hold('handling');
    case 'extended': return hold('handling', { extend: true });
    case 'overdue': return hold('handling', { slow: ['handling'], urge: true });
    case 'instructed': return hold('handling', { instruct: true });
    case 'reviewRequest': return hold('reviewRequest', { rating: null });
    case 'review': return hold('review', { review: true });
    case 'rereviewRequest': return hold('rereviewRequest', { review: true });
    case 'rereview': return hold('rereview', { review: true, rereview: true });
    case 'rereviewed': return { ...plain, review: true, rereview: true };
    case 'lapsed': return plain;
    case 'notAccepted': return { ...plain, triage: 'notAccept' };
    case 'notReaccepted': return { ...plain, triage: 'notReaccept' };
    case 'withdrawn': return { ...plain, withdrawAt: 'handling' };
    case 'satisfied':
    case 'basicallySatisfied':
    case 'unsatisfied': return { ...plain, rating: showcase };
  }
}
