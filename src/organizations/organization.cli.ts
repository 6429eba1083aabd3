import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { operator } from '../accounts/caller.ts';
import { type CliEnv, cliText, processEnv, withContext } from '../cli/cli-env.ts';
import type { AppContext } from '../platform/context.ts';
import { addOrganization } from './add-organization.ts';
import { type ImportOrganizationsResult, importOrganizations } from './import-organizations.ts';
import { type Organization, organizationKindLabels, organizationKinds } from './organization.ts';
import { getOrganizationDirectory } from './organization-directory.ts';
import { resolveOrganization } from './resolve-organization.ts';

export interface OrgAddOptions {
  name: string;
  kind: string;
  parent?: string | undefined;
  division?: string | undefined;
}

export async function orgAdd(ctx: AppContext, options: OrgAddOptions): Promise<Organization> {
  const parent = options.parent ? await resolveOrganization(ctx, options.parent) : null;
  return addOrganization(ctx, operator, { name: options.name, kind: options.kind, parentId: parent?.id ?? null, divisionCode: options.division });
}

export async function orgImport(ctx: AppContext, file: string, options: { parent?: string | undefined }): Promise<ImportOrganizationsResult> {
  const csv = await readFile(file, 'utf8');
  const parent = options.parent ? await resolveOrganization(ctx, options.parent) : null;
  return importOrganizations(ctx, operator, { csv, parentId: parent?.id ?? null });
}

export async function orgList(ctx: AppContext): Promise<string[]> {
  const tree = await getOrganizationDirectory(ctx).refresh();
  return tree.all().map((o) => {
    const indent = '  '.repeat(o.path.split('/').length - 3);
    return `${indent}${o.id}\t${o.name}\t${cliText(organizationKindLabels[o.kind])}${o.divisionCode ? `\t${o.divisionCode}` : ''}`;
  });
}

export function registerOrganizationCommands(program: Command, env: CliEnv = processEnv): void {
  const org = program.command('org').description('组织机构 — organisations');
  org
    .command('add')
    .description('添加组织 — add an organisation')
    .requiredOption('--name <name>', '名称 name')
    .requiredOption('--kind <kind>', `类型 kind: ${organizationKinds.join(', ')}`)
    .option('--parent <id|path>', '上级：编号、名称或名称路径（江州市/青山县） parent: id, name or name path; omit for a root')
    .option('--division <code>', '行政区划代码 (6, 9 or 12 digits)')
    .action((options: OrgAddOptions) =>
      withContext(env, async (ctx) => {
        const created = await orgAdd(ctx, options);
        env.print(cliText({ zh: `已添加组织 ${created.id}：${created.name}`, en: `Added organisation ${created.id}: ${created.name}` }));
      }),
    );
  org
    .command('import <file>')
    .description('从 CSV 导入组织（key,parent_key,name,kind,division_code；全部成功或全部不导入；按上级和名称去重） — import a CSV, all or nothing')
    .option('--parent <id|path>', '无 parent_key 的行放在此组织下 — where rows without parent_key go (default: roots)')
    .action((file: string, options: { parent?: string }) =>
      withContext(env, async (ctx) => {
        const result = await orgImport(ctx, file, options);
        env.print(cliText({
          zh: `已导入 ${result.added.length} 个组织，${result.unchanged} 个已存在`,
          en: `Imported ${result.added.length} organisation(s); ${result.unchanged} already present`,
        }));
      }),
    );
  org
    .command('list')
    .description('列出组织树 — print the tree')
    .action(() => withContext(env, async (ctx) => (await orgList(ctx)).forEach((line) => env.print(line))));
}
