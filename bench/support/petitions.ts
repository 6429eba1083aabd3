// Varied, realistic submissions in Chinese from the demo generator, made before the clock starts
// so that the load generator spends its core sending, not composing.
import { type DemoPetition, createRandom, generatePetition } from '../../src/demo/index.ts';

export function demoPetitions(count: number, seed = 20261122): DemoPetition[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => generatePetition(rng));
}

/** The JSON body of POST /api/public/petitions for one demo petition. */
export function publicSubmission(p: DemoPetition): string {
  return JSON.stringify({
    category: p.category,
    classification: p.classification,
    title: p.title,
    request: p.request,
    content: p.content,
    respondentText: p.respondent,
    placeDivisionCode: p.placeDivisionCode,
    placeAddress: p.placeAddress,
    signerCount: p.signerCount,
    anonymous: p.anonymous,
    petitioners: p.petitioners,
    consent: true,
  });
}
