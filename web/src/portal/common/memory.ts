import type { Credentials } from './types.ts';

// The query code is a secret. It is kept only in this module's memory — never in the address
// bar, the history state or storage — so that the receipt page can open the case for the
// petitioner, and a reload or a shared link forgets it.
let held: Credentials | null = null;

export function holdCredentials(credentials: Credentials): void {
  held = credentials;
}

/** The held code for this receipt number, if the petitioner just got it in this tab. */
export function heldCredentials(receiptNo: string): Credentials | null {
  return held && held.receiptNo === receiptNo ? held : null;
}

export function forgetCredentials(): void {
  held = null;
}
