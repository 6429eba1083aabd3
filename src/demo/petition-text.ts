/**
 * Generates one realistic, fictional petition: the matter from a template, the place, the channel,
 * and the petitioners (names, valid ID numbers, mobile numbers, addresses). Pure and deterministic.
 */
import { COUNTY_CODE, demoCounty, demoTownships, type DemoOrg, type DemoTownship } from './county.ts';
import { petitioner, type DemoPetitioner } from './petitioners.ts';
import type { Category, Channel, Ctx, NotAcceptRoute, Template } from './phrases/common.ts';
import { frame } from './phrases/frames.ts';
import { templates } from './phrases/index.ts';
import { communities, roads, urbanTownships, villagesByTownship } from './phrases/places.ts';
import { weightedPicker, type Random } from './random.ts';

export type { DemoPetitioner } from './petitioners.ts';

export interface DemoPetition {
  channel: Channel;
  category: Category;
  classification: string;
  title: string;
  request: string;
  content: string;
  respondent: string;
  competentOrgKey: string;
  placeDivisionCode: string;
  placeAddress: string;
  signerCount: number;
  anonymous: boolean;
  /** Empty when anonymous; at most five named (representatives of a joint petition). */
  petitioners: DemoPetitioner[];
  notAcceptRoute?: NotAcceptRoute;
}

/** Channel shares: online 35 %, letter 20 %, visit 20 %, phone 20 %, the rest 5 %. */
export const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['online', 35], ['letter', 20], ['visit', 20], ['phone', 20], ['email', 3], ['api', 1.5], ['fax', 0.5],
];

const pickChannel = weightedPicker(CHANNEL_WEIGHTS);
const pickTemplate = weightedPicker(templates.map((t) => [t, t.weight] as const));
const pickSigners = weightedPicker<readonly [number, number]>([[[2, 10], 60], [[11, 30], 30], [[31, 80], 10]]);

interface Prepared {
  towns: readonly DemoTownship[];
  urban: (rng: Random) => DemoTownship;
  /** Villages proper (…村) of each township, falling back to all its neighbourhoods. */
  villages: ReadonlyMap<string, readonly string[]>;
}

const prepared = new WeakMap<readonly DemoOrg[], Prepared>();

/** The townships of the county that are present in `county`, looked up once per array. */
function prepare(county: readonly DemoOrg[]): Prepared {
  let p = prepared.get(county);
  if (p) return p;
  const keys = new Set(county.map((o) => o.key));
  const towns = demoTownships.filter((t) => keys.has(t.key));
  if (towns.length === 0) throw new Error('generatePetition: the county has none of the demo townships');
  const urbanPairs = urbanTownships
    .map(([key, w]) => [towns.find((t) => t.key === key), w] as const)
    .filter((pair): pair is readonly [DemoTownship, number] => pair[0] !== undefined);
  const urban = urbanPairs.length > 0 ? weightedPicker(urbanPairs) : (rng: Random) => rng.pick(towns);
  const villages = new Map(towns.map((t) => {
    const all = villagesByTownship[t.key] ?? ['中心村'];
    const rural = all.filter((v) => v.endsWith('村'));
    return [t.key, rural.length > 0 ? rural : all] as const;
  }));
  p = { towns, urban, villages };
  prepared.set(county, p);
  return p;
}

/** One petition, drawn from `rng`; the same state of `rng` always gives the same petition. */
export function generatePetition(rng: Random, county: readonly DemoOrg[] = demoCounty): DemoPetition {
  return generateTaggedPetition(rng, county).petition;
}

/** Like `generatePetition`, also naming the template it came from (for tests and benchmarks). */
export function generateTaggedPetition(
  rng: Random,
  county: readonly DemoOrg[] = demoCounty,
): { templateId: string; petition: DemoPetition } {
  const { towns, urban, villages: villagesOf } = prepare(county);
  const t: Template = pickTemplate(rng);
  const town = t.urban ? urban(rng) : rng.pick(towns);
  const villages = villagesOf.get(town.key) ?? ['中心村'];
  const anonymous = rng.chance(t.anonymous ?? 0);
  const joint = !anonymous && rng.chance(t.joint ?? 0);
  const [lo, hi] = joint ? pickSigners(rng) : [1, 1];
  const signers = rng.int(lo, hi);
  let channel = pickChannel(rng);
  if (anonymous && channel === 'visit') channel = 'letter';
  const c: Ctx = {
    rng, town, joint, signers, anonymous,
    village: rng.pick(villages), community: rng.pick(communities), road: rng.pick(roads),
    I: joint ? '我们' : '我',
  };
  const draft = t.build(c);
  const petitioners: DemoPetitioner[] = [];
  if (!anonymous) {
    const named = joint ? Math.min(signers, rng.int(1, 5)) : 1;
    for (let i = 0; i < named; i++) petitioners.push(petitioner(rng, c, t, channel, i === 0));
  }
  const petition: DemoPetition = {
    channel,
    category: t.category,
    classification: t.classification,
    title: draft.title,
    request: draft.request,
    content: frame(rng, channel, t.category, draft.body, signers),
    respondent: draft.respondent,
    competentOrgKey: t.orgKey,
    placeDivisionCode: draft.countyWide ? COUNTY_CODE : town.code,
    placeAddress: draft.address,
    signerCount: signers,
    anonymous,
    petitioners,
  };
  if (t.route) petition.notAcceptRoute = t.route;
  return { templateId: t.id, petition };
}

/** `count` petitions from one seed, lazily. */
export function* generatePetitions(rng: Random, count: number, county: readonly DemoOrg[] = demoCounty): Generator<DemoPetition> {
  for (let i = 0; i < count; i++) yield generatePetition(rng, county);
}

/** The ids of all templates, for tests and documentation. */
export const templateIds: readonly string[] = templates.map((t) => t.id);
