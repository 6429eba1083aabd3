// Varied, realistic submissions in Chinese from the demo generator, made before the clock starts
// so that the load generator spends its core sending, not composing.
import crypto from 'node:crypto';
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

/**
 * Submits each body through POST /api/public/petitions, `concurrency` at a time, each with its own
 * idempotency key; returns the POST /api/public/lookup bodies of the receipts, in order of reply.
 */
export async function seedLookups(url: string, bodies: readonly string[], concurrency: number): Promise<string[]> {
  const credentials: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const res = await fetch(`${url}/api/public/petitions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: bodies[next++] as string,
      });
      const receipt = (await res.json()) as { receiptNo?: string; queryCode?: string };
      if (res.status !== 201 || !receipt.receiptNo || !receipt.queryCode) throw new Error(`submission failed while seeding look-ups: ${res.status} ${JSON.stringify(receipt)}`);
      credentials.push(JSON.stringify({ receiptNo: receipt.receiptNo, queryCode: receipt.queryCode }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return credentials;
}
