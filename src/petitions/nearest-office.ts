import type { Organization } from '../organizations/organization.ts';

/**
 * The petition office an online submission goes to when the petitioner did not pick one: the
 * office of the smallest division that contains the place of the matter (a township's office for a
 * township, else the county's …). An office without its own division code serves its parent's.
 * With no place, or no office of a containing division, the top-most office takes it.
 */
export function nearestOffice(organizations: readonly Organization[], placeDivisionCode: string | null | undefined): Organization | undefined {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const offices = organizations.filter((o) => o.kind === 'petitionOffice').sort((a, b) => a.path.localeCompare(b.path));
  const codeOf = (o: Organization) => o.divisionCode ?? (o.parentId === null ? null : byId.get(o.parentId)?.divisionCode ?? null);
  const place = placeDivisionCode ?? '';
  let best: { office: Organization; length: number } | undefined;
  for (const office of offices) {
    const code = codeOf(office);
    if (!code || !place.startsWith(code)) continue;
    if (!best || code.length > best.length) best = { office, length: code.length };
  }
  return best?.office ?? offices.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path))[0];
}
