import type { Organization } from './organization.ts';
import type { CsvOrganizationRow, RowProblem } from './organization-csv.ts';
import type { OrganizationTree } from './organization-tree.ts';

// Matching an imported list against the tree. Keys live only in the file, so a row is "already
// there" when its parent already holds an organisation of the same name (siblings have distinct
// names): re-importing a file adds nothing, and a file extended with new rows adds just those.

export interface ImportStep {
  row: CsvOrganizationRow;
  /** Set when the organisation already exists: nothing is written for this row. */
  existing: Organization | null;
}

export interface ImportPlan {
  steps: ImportStep[];
  problems: RowProblem[];
}

/**
 * Orders rows parents first and matches each against the tree under `under` (null: as roots).
 * Rows under a parent in `rejectedKeys` (already reported while reading) are left out silently.
 */
export function planOrganizationImport(
  rows: readonly CsvOrganizationRow[],
  tree: OrganizationTree,
  under: Organization | null,
  rejectedKeys: ReadonlySet<string> = new Set(),
): ImportPlan {
  const problems: RowProblem[] = [];
  const report = (line: number, zh: string, en: string) => problems.push({ line, message: { zh, en } });
  const byKey = new Map<string, CsvOrganizationRow>();
  for (const row of rows) {
    const first = byKey.get(row.key);
    if (first || rejectedKeys.has(row.key)) {
      if (!first) report(row.line, `key“${row.key}”与一个有错误的行重复`, `Key "${row.key}" is also used on a row with problems`);
      else report(row.line, `key“${row.key}”与第 ${first.line} 行重复`, `Key "${row.key}" is already used on line ${first.line}`);
    } else byKey.set(row.key, row);
  }
  for (const row of byKey.values()) {
    if (row.parentKey !== null && !byKey.has(row.parentKey) && !rejectedKeys.has(row.parentKey)) {
      report(row.line, `找不到上级 key“${row.parentKey}”`, `No row has the parent key "${row.parentKey}"`);
    }
  }
  const ordered: CsvOrganizationRow[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (row: CsvOrganizationRow): boolean => {
    const seen = state.get(row.key);
    if (seen) return seen === 'done';
    state.set(row.key, 'visiting');
    const parent = row.parentKey === null ? undefined : byKey.get(row.parentKey);
    if (parent && !visit(parent)) {
      report(row.line, `上级关系形成循环（key“${row.key}”）`, `The parent keys form a cycle (key "${row.key}")`);
      return false; // stays 'visiting': its descendants are reported too
    }
    state.set(row.key, 'done');
    ordered.push(row);
    return true;
  };
  for (const row of byKey.values()) visit(row);

  const steps: ImportStep[] = [];
  const stepByKey = new Map<string, ImportStep>();
  const namesUnder = new Map<string, number>();
  for (const row of ordered) {
    const parentStep = row.parentKey === null ? null : stepByKey.get(row.parentKey);
    if (row.parentKey !== null && !parentStep) continue;
    const siblingScope = `${row.parentKey ?? ''}\u0000${row.name}`;
    const twin = namesUnder.get(siblingScope);
    if (twin !== undefined) {
      report(row.line, `与第 ${twin} 行同名且上级相同`, `Same name and parent as line ${twin}`);
      continue;
    }
    namesUnder.set(siblingScope, row.line);
    // Only a parent that exists already can hold an existing child.
    const parent = parentStep ? parentStep.existing : under;
    const known = parentStep && !parentStep.existing ? undefined : tree.childNamed(parent?.id ?? null, row.name);
    if (known && known.kind !== row.kind) {
      report(row.line, `“${row.name}”已存在，但类型为 ${known.kind}`, `"${row.name}" exists already with the kind ${known.kind}`);
    } else if (known && row.divisionCode !== null && known.divisionCode !== row.divisionCode) {
      report(row.line, `“${row.name}”已存在，但行政区划代码为 ${known.divisionCode ?? '（空）'}`, `"${row.name}" exists already with the division code ${known.divisionCode ?? '(none)'}`);
    }
    const step = { row, existing: known ?? null };
    steps.push(step);
    stepByKey.set(row.key, step);
  }
  problems.sort((a, b) => a.line - b.line);
  return { steps, problems };
}
