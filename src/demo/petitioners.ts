/**
 * The people behind a demo petition: a name, and as the channel allows an ID number, a mobile number
 * and a home address in the township where the matter arose.
 */
import { COUNTY_CODE } from './county.ts';
import { randomIdNumber, randomName, randomPhone } from './identity.ts';
import { cn, type Channel, type Ctx, type Template } from './phrases/common.ts';
import type { Random } from './random.ts';

export interface DemoPetitioner {
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

/** [with ID number, with phone, with address] probabilities by channel. */
const DETAIL: Readonly<Record<Channel, readonly [number, number, number]>> = {
  online: [0.95, 1, 0.7], letter: [0.6, 0.8, 0.95], visit: [0.97, 0.95, 0.9], phone: [0.3, 1, 0.5],
  fax: [0.5, 0.8, 0.9], email: [0.5, 0.7, 0.6], api: [0.2, 1, 0.4],
};

const DEFAULT_BIRTH_YEARS = [1950, 2003] as const;

/** A home address near the matter: a flat in a compound, or a house in a village group. */
function homeAddress(rng: Random, c: Ctx, urban: boolean): string {
  if (urban) {
    return `青山县${c.town.name}${c.road}${rng.int(1, 299)}号${c.community}小区${rng.int(1, 24)}栋${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
  }
  return `青山县${c.town.name}${c.village}${cn(rng.int(1, 12), true)}组${rng.int(1, 120)}号`;
}

/** One petitioner; representatives (the first named) give fuller details than co-signers. */
export function petitioner(rng: Random, c: Ctx, t: Template, channel: Channel, representative: boolean): DemoPetitioner {
  const person = randomName(rng);
  const [pId, pPhone, pAddress] = DETAIL[channel];
  const scale = representative ? 1 : 0.6;
  const p: DemoPetitioner = { name: person.name };
  if (rng.chance(pId * scale)) {
    const [from, to] = t.birthYears ?? DEFAULT_BIRTH_YEARS;
    p.idNumber = randomIdNumber(rng, COUNTY_CODE, person.gender, from, to);
  }
  if (rng.chance(representative ? pPhone : pPhone * scale)) p.phone = randomPhone(rng);
  if (rng.chance(pAddress * scale)) p.address = homeAddress(rng, c, t.urban === true);
  return p;
}
