import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejected } from '../src/organizations/import-organizations.ts';
import type { Organization } from '../src/organizations/organization.ts';
import { orgAdd, orgImport, registerOrganizationCommands } from '../src/organizations/organization.cli.ts';
import { getOrganizationDirectory } from '../src/organizations/organization-directory.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { dialects } from './support/databases.ts';
import { type Client, anonymousClient, createOrg, signInAs } from './support/factories.ts';

const dir = mkdtempSync(join(tmpdir(), 'redress-org-csv-'));
const csvFile = (name: string, ...rows: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, ['key,parent_key,name,kind,division_code', ...rows].join('\n'));
  return file;
};

describe.each(dialects)('organisations on %s', (dialect) => {
  let app: TestApp;
  let city: Organization;
  let county: Organization;
  let admin: Client;
  const count = async () => Number((await app.ctx.database.db.selectFrom('organizations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    app = await startTestApp(dialect);
    city = await createOrg(app.ctx, { name: '江州市人民政府', kind: 'government', divisionCode: '369900' });
    county = await createOrg(app.ctx, { name: '青山县人民政府', kind: 'government', parentId: city.id, divisionCode: '369922' });
    admin = await signInAs(app, { orgId: county.id, roles: ['admin'] });
  });
  afterAll(() => app?.close());
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('computes materialised paths and serves the tree to any signed-in user', async () => {
    expect(city.path).toBe(`/${city.id}/`);
    expect(county.path).toBe(`/${city.id}/${county.id}/`);
    expect((await anonymousClient(app.baseUrl).get('/api/organizations')).status).toBe(401);
    const clerk = await signInAs(app, { orgId: county.id, roles: ['clerk'] });
    const res = await clerk.get('/api/organizations');
    expect(res.status).toBe(200);
    expect(res.body.organizations.slice(0, 2)).toEqual([
      { id: city.id, parentId: null, name: '江州市人民政府', kind: 'government', divisionCode: '369900', path: city.path, depth: 0, reviewingOrgId: null },
      { id: county.id, parentId: city.id, name: '青山县人民政府', kind: 'government', divisionCode: '369922', path: county.path, depth: 1, reviewingOrgId: null },
    ]);
  });

  it('lets an admin add organisations under their subtree only', async () => {
    const added = await admin.post('/api/organizations', { name: '青山县信访局', kind: 'petitionOffice', parentId: county.id, divisionCode: '369922' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ parentId: county.id, path: `${county.path}${added.body.id}/`, depth: 2 });
    // The directory of this process knows it at once.
    expect(await getOrganizationDirectory(app.ctx).isWithin(added.body.id, city.id)).toBe(true);
    const detail = await admin.get(`/api/organizations/${county.id}`);
    expect(detail.body.ancestors.map((o: Organization) => o.id)).toEqual([city.id]);
    expect(detail.body.children.map((o: Organization) => o.name)).toContain('青山县信访局');

    expect((await admin.post('/api/organizations', { name: '青山县信访局', kind: 'petitionOffice', parentId: county.id })).body.error.code).toBe('organizationExists');
    expect((await admin.post('/api/organizations', { name: '江州市信访局', kind: 'petitionOffice', parentId: city.id })).status).toBe(403);
    expect((await admin.post('/api/organizations', { name: '某镇', kind: 'township', parentId: county.id, divisionCode: '36992' })).status).toBe(400);
    expect((await admin.post('/api/organizations', { name: '某部', kind: 'ministry', parentId: county.id })).status).toBe(400);
    expect((await admin.post('/api/organizations', { name: '某局', kind: 'department', parentId: 999_999 })).status).toBe(404);
    const handler = await signInAs(app, { orgId: county.id, roles: ['handler', 'leader'] });
    expect((await handler.post('/api/organizations', { name: '某局', kind: 'department', parentId: county.id })).status).toBe(403);
    expect((await admin.get('/api/organizations/999999')).status).toBe(404);
  });

  it('refuses an addition without the CSRF token and adds nothing', async () => {
    const before = await count();
    const res = await admin.post('/api/organizations', { name: '无令牌局', kind: 'department', parentId: county.id }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
    expect(await count()).toBe(before);
  });

  it('adds from the command line with a parent named by path', async () => {
    const org = await orgAdd(app.ctx, { name: '青山县住房和城乡建设局', kind: 'department', parent: '江州市人民政府/青山县人民政府' });
    expect(org.parentId).toBe(county.id);
    await expect(orgAdd(app.ctx, { name: 'x', kind: 'department', parent: '不存在的单位' })).rejects.toMatchObject({ code: 'notFound' });
  });

  it('imports a CSV all or nothing, with every bad row reported by line', async () => {
    const before = await count();
    const bad = csvFile('bad.csv', 'bs,,白水县人民政府,government,369923', 'bs.xfj,bs,白水县信访局,petitionOffice,', 'bs.zjj,bs,白水县住建局,bureau,', 'bs.x,nowhere,某局,department,');
    const error = await orgImport(app.ctx, bad, { parent: String(city.id) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as ImportRejected).problems.map((p) => p.line)).toEqual([4, 5]);
    expect(await count()).toBe(before);

    const good = csvFile('good.csv', 'bs.xfj,bs,白水县信访局,petitionOffice,', 'bs,,白水县人民政府,government,369923', 'bs.zjj,bs,白水县住建局,department,');
    const result = await orgImport(app.ctx, good, { parent: '江州市人民政府' });
    expect(result.added.map((o) => o.name)).toEqual(['白水县人民政府', '白水县信访局', '白水县住建局']);
    expect(await count()).toBe(before + 3);
    const [bs, xfj] = result.added as [Organization, Organization];
    expect(xfj.path).toBe(`${city.path}${bs.id}/${xfj.id}/`);
    expect((await admin.get('/api/organizations')).body.organizations.map((o: Organization) => o.name)).toContain('白水县住建局');

    // Importing again adds nothing; an extended file adds just the new rows.
    expect(await orgImport(app.ctx, good, { parent: String(city.id) })).toMatchObject({ added: [], unchanged: 3 });
    const more = csvFile('more.csv', 'bs,,白水县人民政府,government,', 'bs.jyj,bs,白水县教育局,department,');
    expect((await orgImport(app.ctx, more, { parent: String(city.id) })).added.map((o) => o.name)).toEqual(['白水县教育局']);
  });

  it('prints import problems from the command and exits with 1', async () => {
    const out: string[] = [];
    const program = new Command().exitOverride();
    const env = { open: async () => ({ ...app.ctx, createdKeyPath: undefined, close: async () => {} }), print: (l: string) => out.push(l), printError: (l: string) => out.push(l) };
    registerOrganizationCommands(program, env);
    const before = await count();
    await program.parseAsync(['org', 'import', csvFile('cli.csv', 'a,,甲县,government,', 'b,a,乙局,department,1')], { from: 'user' });
    expect(process.exitCode).toBe(1);
    expect(out.join('\n')).toMatch(/第 3 行/);
    expect(await count()).toBe(before);
  });
});
