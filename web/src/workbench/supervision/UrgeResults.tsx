import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseRow, UrgeResult } from './supervision.api.ts';

/** What happened to each case: urged (a 督办 event in its history), or why not. */
export function UrgeResults({ results, cases }: { results: UrgeResult[]; cases: CaseRow[] }) {
  const { t } = useTranslation();
  const ok = results.filter((r) => r.ok).length;
  const receipt = (id: number) => cases.find((c) => c.id === id)?.receiptNo ?? `#${id}`;
  return (
    <div role="status">
      <Alert
        type={ok === results.length ? 'success' : ok === 0 ? 'error' : 'warning'}
        showIcon
        title={t('supervision.urgedCount', { ok, total: results.length })}
        style={{ marginBottom: 12 }}
      />
      <ul className="sv-results">
        {results.map((r) => (
          <li key={r.id}>
            {r.ok ? <CheckCircleFilled className="sv-ok" aria-hidden /> : <CloseCircleFilled className="sv-fail" aria-hidden />}
            <Link to={`/cases/${r.id}`}>{receipt(r.id)}</Link>
            <span>{r.ok ? t('supervision.urgedOne') : t('supervision.notUrged', { reason: r.message ?? r.code ?? '' })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
