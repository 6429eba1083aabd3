import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../common/format.ts';
import { StatusTag } from '../common/StatusTag.tsx';
import { useOrganizations } from '../common/organizations.ts';
import { hasRoleOn, useSession } from '../session/session.ts';
import type { CaseDocument, CaseView } from '../types.ts';
import { ActionDialog } from './actions/ActionDialog.tsx';
import { DocumentDialog } from './DocumentDialog.tsx';

/** Notices and opinions issued to the petitioner; each can be read, printed, and marked delivered. */
export function DocumentsCard({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const orgs = useOrganizations();
  const [reading, setReading] = useState<CaseDocument>();
  const [delivering, setDelivering] = useState<CaseDocument>();
  // The procedure accepts a delivery at any step from the holder's staff; allowedActions lists it
  // only where a request window waits on it, so the holder's roles are checked here as well.
  const holderPath = orgs.data?.find((o) => o.id === view.holderOrgId)?.path;
  const canDeliver = view.allowedActions.includes('deliver') || (holderPath !== undefined && hasRoleOn(user, holderPath, 'clerk', 'handler', 'approver'));
  return (
    <Card title={t('case.documents')} size="small" className="case-card">
      {view.documents.length === 0 && <Typography.Text type="secondary">{t('case.noDocuments')}</Typography.Text>}
      <ul className="case-list">
        {view.documents.map((d) => (
          <li key={d.id}>
            <div className="case-row">
              <Button type="link" onClick={() => setReading(d)} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}>
                {d.title}
              </Button>
              {d.deliveredOn ? <StatusTag tone="good">{t('case.deliveredOn', { date: d.deliveredOn })}</StatusTag> : <StatusTag tone="warn">{t('case.notDelivered')}</StatusTag>}
            </div>
            <Space size={8} wrap>
              <Typography.Text type="secondary" className="case-small">
                {t('case.issuedAt', { time: formatInstant(d.issuedAt) })}
                {d.deliveryMethod && ` · ${t(`enums.deliveryMethod.${d.deliveryMethod}`)}`}
              </Typography.Text>
              {!d.deliveredOn && canDeliver && (
                <Button size="small" onClick={() => setDelivering(d)}>
                  {t('case.action.deliver')}
                </Button>
              )}
            </Space>
          </li>
        ))}
      </ul>
      {reading && <DocumentDialog doc={reading} onClose={() => setReading(undefined)} />}
      {delivering && <ActionDialog view={view} type="deliver" documentId={delivering.id} onClose={() => setDelivering(undefined)} />}
    </Card>
  );
}
