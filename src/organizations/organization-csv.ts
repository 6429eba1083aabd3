import { parse } from 'csv-parse/sync';
import type { Message } from '../platform/errors.ts';
import { NAME_MAX, type OrganizationKind, isDivisionCode, isOrganizationKind, organizationKinds } from './organization.ts';

// Reading an organisation list: `key,parent_key,name,kind,division_code`, one organisation a row.
// `key` names the row within the file only; `parent_key` is another row's key, or empty for an
// organisation placed under the import's parent (or as a root). Every bad row is reported with its
// line number; the caller imports nothing unless there are none.

export interface CsvOrganizationRow {
  line: number;
  key: string;
  parentKey: string | null;
  name: string;
  kind: OrganizationKind;
  divisionCode: string | null;
}

export interface RowProblem {
  line: number;
  message: Message;
}

export const CSV_COLUMNS = ['key', 'parent_key', 'name', 'kind', 'division_code'] as const;
const REQUIRED = ['key', 'parent_key', 'name', 'kind'];

interface Parsed {
  record: string[];
  info: { lines: number };
}

export interface ParsedOrganizationCsv {
  rows: CsvOrganizationRow[];
  problems: RowProblem[];
  /** Keys of rows left out for their problems: their children are not reported again. */
  rejectedKeys: Set<string>;
}

export function parseOrganizationCsv(text: string): ParsedOrganizationCsv {
  let records: Parsed[];
  try {
    const options = { info: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true };
    records = parse(text.replace(/\r\n?/g, '\n'), options) as unknown as Parsed[];
  } catch (error) {
    const line = Number((error as { lines?: unknown }).lines) || 1;
    const detail = error instanceof Error ? error.message : String(error);
    return { rows: [], rejectedKeys: new Set(), problems: [{ line, message: { zh: `CSV 格式错误：${detail}`, en: `Malformed CSV: ${detail}` } }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], rejectedKeys: new Set(), problems: [{ line: 1, message: { zh: '文件为空', en: 'The file is empty' } }] };
  const columns = header.record.map((c) => c.toLowerCase());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const list = missing.join(', ');
    return { rows: [], rejectedKeys: new Set(), problems: [{ line: 1, message: { zh: `表头缺少列：${list}`, en: `The header lacks the columns: ${list}` } }] };
  }
  const rows: CsvOrganizationRow[] = [];
  const problems: RowProblem[] = [];
  const rejectedKeys = new Set<string>();
  for (const { record, info } of body) {
    // info.lines is where the record ends; quoted fields may span lines.
    const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    const cell = (name: string) => record[columns.indexOf(name)] ?? '';
    const report = (zh: string, en: string) => problems.push({ line, message: { zh, en } });
    if (record.length !== columns.length) {
      report(`应有 ${columns.length} 列，实有 ${record.length} 列`, `Expected ${columns.length} columns, found ${record.length}`);
      if (cell('key') !== '') rejectedKeys.add(cell('key'));
      continue;
    }
    const [key, parentKey, name, kind, divisionCode] = CSV_COLUMNS.map(cell) as [string, string, string, string, string];
    const before = problems.length;
    if (key === '') report('缺少 key', 'The key is empty');
    if (name === '' || name.length > NAME_MAX) report(`名称须为 1 至 ${NAME_MAX} 个字`, `The name must have 1 to ${NAME_MAX} characters`);
    if (!isOrganizationKind(kind)) {
      report(`未知的组织类型“${kind}”（可用：${organizationKinds.join('、')}）`, `Unknown kind "${kind}" (one of: ${organizationKinds.join(', ')})`);
    }
    if (divisionCode !== '' && !isDivisionCode(divisionCode)) {
      report(`行政区划代码“${divisionCode}”须为 6、9 或 12 位数字`, `Division code "${divisionCode}" must have 6, 9 or 12 digits`);
    }
    if (problems.length > before || !isOrganizationKind(kind)) {
      if (key !== '') rejectedKeys.add(key);
      continue;
    }
    rows.push({ line, key, parentKey: parentKey === '' ? null : parentKey, name, kind, divisionCode: divisionCode === '' ? null : divisionCode });
  }
  if (body.length === 0) problems.push({ line: 1, message: { zh: '文件中没有组织', en: 'The file lists no organisations' } });
  return { rows, problems, rejectedKeys };
}
