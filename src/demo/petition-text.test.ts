import { describe, expect, it } from 'vitest';
import { COUNTY_CODE, ORG, demoCounty } from './county.ts';
import { isValidIdNumber } from './identity.ts';
import { CHANNEL_WEIGHTS, generatePetition, generateTaggedPetition, templateIds, type DemoPetition } from './petition-text.ts';
import { templates } from './phrases/index.ts';
import { createRandom } from './random.ts';

const orgKeys = new Set(demoCounty.map((o) => o.key));
const divisionCodes = new Set(demoCounty.flatMap((o) => (o.divisionCode?.startsWith(COUNTY_CODE) ? [o.divisionCode] : [])));
const channels = new Set(CHANNEL_WEIGHTS.map(([c]) => c));
const routes = new Set(['litigation', 'arbitration', 'reconsideration', 'court', 'procuratorate']);
/** Words of the practices DOMAIN.md §7 rules out; none may appear in demo content. */
const forbidden = ['重点人员', '稳控', '劝返', '截访', '失控', '行踪', '布控', '盯防', '息访', '维稳'];

function problems(p: DemoPetition): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string): void => { if (!ok) out.push(`${what}: ${p.title}`); };
  check(channels.has(p.channel), `channel ${p.channel}`);
  check(['suggestion', 'accusation', 'claim'].includes(p.category), 'category');
  check(/^[^/]+\/[^/]+$/.test(p.classification), 'classification');
  check(p.title.length > 0 && p.title.length <= 30, `title length ${p.title.length}`);
  check(p.request.endsWith('。') && p.request.indexOf('。') === p.request.length - 1, 'request is one sentence');
  check(p.content.length >= 150 && p.content.length <= 600, `content length ${p.content.length}`);
  check(!p.content.includes('undefined') && !p.title.includes('undefined') && !p.request.includes('undefined'), 'undefined slot');
  check(!forbidden.some((w) => p.content.includes(w) || p.title.includes(w) || p.request.includes(w)), 'forbidden word');
  check(p.respondent.length > 0, 'respondent');
  check(orgKeys.has(p.competentOrgKey), `competentOrgKey ${p.competentOrgKey}`);
  check(p.category !== 'accusation' || p.competentOrgKey === ORG.discipline, 'accusation goes to discipline inspection');
  check(divisionCodes.has(p.placeDivisionCode), `placeDivisionCode ${p.placeDivisionCode}`);
  check(p.placeAddress.startsWith('青山县'), 'placeAddress');
  check(Number.isInteger(p.signerCount) && p.signerCount >= 1 && p.signerCount <= 80, 'signerCount');
  check(p.petitioners.length <= Math.min(5, p.signerCount), 'at most five named, never more than signed');
  check(p.anonymous ? p.petitioners.length === 0 && p.signerCount === 1 : p.petitioners.length >= 1, 'anonymity');
  check(p.notAcceptRoute === undefined || (routes.has(p.notAcceptRoute) && p.category === 'claim'), 'notAcceptRoute');
  for (const x of p.petitioners) {
    check(/^[\u4e00-\u9fff]{2,4}$/.test(x.name), `name ${x.name}`);
    check(x.idNumber === undefined || (isValidIdNumber(x.idNumber) && x.idNumber.startsWith(COUNTY_CODE)), `id ${x.idNumber}`);
    check(x.phone === undefined || /^1[3589]\d{9}$/.test(x.phone), `phone ${x.phone}`);
    check(x.address === undefined || x.address.startsWith('青山县'), 'address');
  }
  return out;
}

describe('generatePetition', () => {
  it('is deterministic: the same seed gives the same petitions', () => {
    const a = createRandom(2024);
    const b = createRandom(2024);
    const xs = Array.from({ length: 200 }, () => generatePetition(a));
    expect(Array.from({ length: 200 }, () => generatePetition(b, demoCounty))).toEqual(xs);
    const c = createRandom(2025);
    expect(Array.from({ length: 200 }, () => generatePetition(c))).not.toEqual(xs);
  });

  it('fills every field validly', () => {
    const rng = createRandom(1);
    const found: string[] = [];
    for (let i = 0; i < 20_000 && found.length < 20; i++) found.push(...problems(generatePetition(rng)));
    expect(found).toEqual([]);
  });

  it('is varied: templates, titles and texts', () => {
    const rng = createRandom(77);
    const tagged = Array.from({ length: 1000 }, () => generateTaggedPetition(rng));
    expect(templateIds.length).toBeGreaterThanOrEqual(25);
    expect(new Set(tagged.map((t) => t.templateId)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(tagged.map((t) => t.petition.title)).size).toBeGreaterThanOrEqual(850);
    expect(new Set(tagged.map((t) => t.petition.content)).size).toBeGreaterThanOrEqual(995);
    expect(new Set(tagged.flatMap((t) => t.petition.petitioners.map((x) => x.name))).size).toBeGreaterThanOrEqual(700);
  });

  it('uses every template, each matter with its route', () => {
    const rng = createRandom(5);
    const seen = new Set<string>();
    const routed = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const { templateId, petition } = generateTaggedPetition(rng);
      seen.add(templateId);
      if (petition.notAcceptRoute) routed.add(petition.notAcceptRoute);
    }
    expect([...seen].sort()).toEqual([...templateIds].sort());
    expect([...routed].sort()).toEqual([...routes].sort());
  });

  it('keeps the category, channel, joint and anonymous shares', () => {
    const n = 20_000;
    const rng = createRandom(99);
    const count = new Map<string, number>();
    const add = (k: string): void => { count.set(k, (count.get(k) ?? 0) + 1); };
    let joint = 0;
    let anonymousAccusations = 0;
    for (let i = 0; i < n; i++) {
      const p = generatePetition(rng);
      add(p.category);
      add(p.channel);
      if (p.signerCount > 1) joint++;
      if (p.category === 'accusation' && p.anonymous) anonymousAccusations++;
    }
    const share = (k: string): number => (count.get(k) ?? 0) / n;
    const total = templates.reduce((s, t) => s + t.weight, 0);
    for (const cat of ['claim', 'suggestion', 'accusation']) {
      const expected = templates.filter((t) => t.category === cat).reduce((s, t) => s + t.weight, 0) / total;
      expect(Math.abs(share(cat) - expected), cat).toBeLessThan(0.015);
    }
    // Anonymous reporters do not visit in person, so a little of 'visit' moves to 'letter'.
    const weightSum = CHANNEL_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    for (const [channel, w] of CHANNEL_WEIGHTS) expect(Math.abs(share(channel) - w / weightSum), channel).toBeLessThan(0.025);
    expect(share('online')).toBeGreaterThan(0.32);
    expect(joint / n).toBeGreaterThan(0.03);
    expect(joint / n).toBeLessThan(0.075);
    expect(anonymousAccusations / (count.get('accusation') ?? 1)).toBeGreaterThan(0.45);
  });

  it('generates fast enough (prints the rate)', () => {
    const rng = createRandom(123);
    const n = 100_000;
    let chars = 0;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) chars += generatePetition(rng).content.length;
    const seconds = (performance.now() - t0) / 1000;
    console.log(`demo petitions: ${Math.round(n / seconds)} per second, mean content ${Math.round(chars / n)} characters`);
    expect(chars).toBeGreaterThan(0);
  });
});
