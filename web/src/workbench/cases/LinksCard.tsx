import { LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findRelated } from '../common/petitions.api.ts';
import { RelatedList } from '../register/RelatedPanel.tsx';
import type { CaseView } from '../types.ts';
import { ActionDialog } from './actions/ActionDialog.tsx';

/** Cases linked to this one, and others that may be about the same matter (to link, never to refuse). */
export function LinksCard({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState<string>();
  const linked = new Set(view.links.map((l) => l.id));
  const related = useQuery({
    queryKey: ['related', 'case', view.id],
    queryFn: () => findRelated({ text: `${view.title}\n${view.content}`, respondentText: view.respondentText ?? undefined, excludeId: view.id }),
    staleTime: 5 * 60_000,
  });
  const canLink = view.allowedActions.includes('link');
  return (
    <Card title={t('case.links')} size="small" className="case-card">
      {view.links.length === 0 && <Typography.Text type="secondary">{t('case.noLinks')}</Typography.Text>}
      <ul className="case-list">
        {view.links.map((l) => (
          <li key={l.id}>
            <Link to={`/cases/${l.id}`}>{l.receiptNo}</Link> {l.title} <Tag>{t(`enums.step.${l.step}`)}</Tag>
          </li>
        ))}
      </ul>
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('case.maybeRelated')}
      </Typography.Title>
      <RelatedList
        hits={(related.data ?? []).filter((h) => !linked.has(h.id)).slice(0, 5)}
        loading={related.isPending}
        extra={(c) =>
          canLink && (
            <Button size="small" icon={<LinkOutlined aria-hidden />} onClick={() => setLinking(c.receiptNo)} aria-label={t('case.linkTo', { receiptNo: c.receiptNo })}>
              {t('case.action.link')}
            </Button>
          )
        }
      />
      {linking && <ActionDialog view={view} type="link" initial={{ receiptNo: linking }} onClose={() => setLinking(undefined)} />}
    </Card>
  );
}
