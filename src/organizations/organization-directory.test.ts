import { describe, expect, it } from 'vitest';
import type { Database } from '../platform/database/database.ts';
import type { Organization } from './organization.ts';
import { OrganizationDirectory, getOrganizationDirectory } from './organization-directory.ts';

const org = (id: number, parentId: number | null, path: string): Organization => ({
  id, parentId, name: `o${id}`, kind: 'department', divisionCode: null, path, createdAt: '2026-01-01T00:00:00.000Z',
});

function fixture() {
  let rows = [org(1, null, '/1/'), org(2, 1, '/1/2/')];
  let loads = 0;
  let time = 0;
  const directory = new OrganizationDirectory(async () => {
    loads += 1;
    return rows;
  }, { now: () => time });
  return {
    directory,
    loads: () => loads,
    advance: (ms: number) => { time += ms; },
    add: (o: Organization) => { rows = [...rows, o]; },
  };
}

describe('OrganizationDirectory', () => {
  it('loads once and answers from memory while fresh', async () => {
    const f = fixture();
    await Promise.all([f.directory.get(1), f.directory.isWithin(2, 1), f.directory.children(1)]);
    expect(await f.directory.getPath(2)).toBe('/1/2/');
    expect(await f.directory.isWithin(2, 1)).toBe(true);
    expect((await f.directory.parentOf(2))?.id).toBe(1);
    expect(f.loads()).toBe(1);
  });

  it('reloads after 60 s', async () => {
    const f = fixture();
    await f.directory.get(1);
    f.advance(59_000);
    await f.directory.get(1);
    expect(f.loads()).toBe(1);
    f.advance(2_000);
    await f.directory.get(1);
    expect(f.loads()).toBe(2);
  });

  it('reloads after invalidate, as after this process adds an organisation', async () => {
    const f = fixture();
    await f.directory.tree();
    f.add(org(3, 1, '/1/3/'));
    f.directory.invalidate();
    expect((await f.directory.children(1)).map((o) => o.id)).toEqual([2, 3]);
    expect(f.loads()).toBe(2);
  });

  it('reloads on an unknown id, at most once a second', async () => {
    const f = fixture();
    await f.directory.tree();
    f.advance(2_000);
    f.add(org(3, 1, '/1/3/'));
    expect((await f.directory.get(3))?.path).toBe('/1/3/');
    expect(await f.directory.get(99)).toBeUndefined();
    expect(f.loads()).toBe(2);
    await expect(f.directory.getPath(99)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('does not keep as fresh a load that began before an invalidation', async () => {
    const f = fixture();
    const early = f.directory.refresh();
    f.add(org(3, 1, '/1/3/'));
    f.directory.invalidate();
    await early;
    expect(await f.directory.isWithin(3, 1)).toBe(true);
  });

  it('keeps one directory per database', () => {
    const a = { database: {} as Database };
    const b = { database: {} as Database };
    expect(getOrganizationDirectory(a)).toBe(getOrganizationDirectory({ ...a }));
    expect(getOrganizationDirectory(a)).not.toBe(getOrganizationDirectory(b));
  });
});
