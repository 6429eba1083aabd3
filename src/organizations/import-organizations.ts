import type { Caller } from '../accounts/caller.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import type { Organization } from './organization.ts';
import { type RowProblem, parseOrganizationCsv } from './organization-csv.ts';
import { getOrganizationDirectory } from './organization-directory.ts';
import { planOrganizationImport } from './organization-import-plan.ts';
import { assertCanAddOrganization } from './organization.policy.ts';
import { insertOrganization, listOrganizations } from './organization.repository.ts';
import { OrganizationTree } from './organization-tree.ts';

export interface ImportOrganizationsInput {
  csv: string;
  /** Where rows without a parent_key go; null makes them roots (the operator only). */
  parentId: number | null;
}

export interface ImportOrganizationsResult {
  added: Organization[];
  /** Rows that matched an organisation already in the tree (same parent and name). */
  unchanged: number;
}

export class ImportRejected extends AppError {
  constructor(readonly problems: RowProblem[]) {
    super('badRequest', 'importInvalid', {
      zh: `导入文件有 ${problems.length} 处错误，未导入任何组织`,
      en: `The file has ${problems.length} problem(s); nothing was imported`,
    }, { problems: problems.map((p) => ({ line: p.line, message: p.message })) });
  }
}

/**
 * Imports an organisation list all or nothing: every row is checked first and any problem rejects
 * the whole file (`ImportRejected`, with line numbers); otherwise all new rows are written in one
 * transaction. Idempotent: rows already present (same parent and name) are left as they are.
 */
export async function importOrganizations(ctx: AppContext, caller: Caller, input: ImportOrganizationsInput): Promise<ImportOrganizationsResult> {
  const parsed = parseOrganizationCsv(input.csv);
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const tree = new OrganizationTree(await listOrganizations(trx));
    const under = input.parentId === null ? null : tree.get(input.parentId);
    if (under === undefined) throw notFound({ zh: '上级组织', en: 'Parent organisation' });
    // Every problem at once, those found reading and those found matching, in line order.
    const plan = planOrganizationImport(parsed.rows, tree, under, parsed.rejectedKeys);
    const problems = [...parsed.problems, ...plan.problems].sort((a, b) => a.line - b.line);
    if (problems.length > 0) throw new ImportRejected(problems);
    const toAdd = plan.steps.filter((s) => !s.existing);
    if (toAdd.length > 0) assertCanAddOrganization(caller, under?.path ?? null);
    const placed = new Map<string, Organization>();
    const added: Organization[] = [];
    const createdAt = ctx.clock.now().toISOString();
    for (const { row, existing } of plan.steps) {
      if (existing) {
        placed.set(row.key, existing);
        continue;
      }
      const parent = row.parentKey === null ? under : (placed.get(row.parentKey) ?? null);
      const org = await insertOrganization(trx, { parent, name: row.name, kind: row.kind, divisionCode: row.divisionCode, createdAt });
      placed.set(row.key, org);
      added.push(org);
    }
    return { added, unchanged: plan.steps.length - added.length };
  });
  if (result.added.length > 0) getOrganizationDirectory(ctx).invalidate();
  return result;
}
