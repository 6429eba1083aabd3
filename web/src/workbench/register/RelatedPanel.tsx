import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDebounced } from '../common/useDebounced.ts';
import { fetchCase, findRelated, petitionKey } from '../common/petitions.api.ts';
import type { CaseView, RelatedHit } from '../types.ts';

export interface RelatedInput {
  text: string;
  respondentText?: string | undefined;
  petitioner?: { name?: string; idNumber?: string; phone?: string } | undefined;
}

const SHOWN = 6;

/**
 * Petitions that may be about the same matter, proposed while the clerk types, so a repeated
 * petition is linked rather than handled twice. Never a reason to refuse one.
 */
export function RelatedPanel({ input }: { input: RelatedInput }) {
  const { t } = useTranslation();
  const settled = useDebounced(input, 700);
  const worthAsking = settled.text.trim().length >= 6 || !!settled.petitioner?.idNumber || !!settled.petitioner?.phone;
  const related = useQuery({ queryKey: ['related', settled], queryFn: () => findRelated(settled), enabled: worthAsking, staleTime: 60_000 });
  return (
    <Card size="small" title={t('register.related')} className="reg-related" aria-live="polite">
      {!worthAsking ? (
        <Typography.Text type="secondary">{t('register.relatedHint')}</Typography.Text>
      ) : related.error ? (
        <Typography.Text type="danger">{related.error.message}</Typography.Text>
      ) : (
        <RelatedList hits={related.data?.slice(0, SHOWN) ?? []} loading={related.isFetching} />
      )}
    </Card>
  );
}

/** The list answers ids only; the cases' titles come from the case view (and those not visible are left out). */
export function RelatedList({ hits, loading, extra }: { hits: RelatedHit[]; loading: boolean; extra?: (c: CaseView) => ReactNode }) {
  const { t } = useTranslation();
  const cases = useQueries({ queries: hits.map((h) => ({ queryKey: petitionKey(h.id), queryFn: () => fetchCase(h.id), staleTime: 60_000, retry: false })) });
  const rows = hits.flatMap((h, i) => {
    const c = cases[i]?.data;
    return c ? [{ ...h, c }] : [];
  });
  if (!loading && rows.length === 0 && cases.every((q) => !q.isPending)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('register.noRelated')} />;
  return (
    <ul className="related-list" aria-busy={loading}>
      {rows.map(({ id, reasons, c }) => (
        <li key={id}>
          <Link to={`/cases/${id}`} target="_blank" rel="noopener">
            {c.receiptNo}
          </Link>
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {c.title}
          </Typography.Paragraph>
          <Space size={4} wrap>
            <Tag>{t(`enums.step.${c.step}`)}</Tag>
            {reasons.map((r) => (
              <Tag key={r} color="blue">
                {t(`enums.relatedReason.${r}`)}
              </Tag>
            ))}
            {extra?.(c)}
          </Space>
        </li>
      ))}
    </ul>
  );
}
