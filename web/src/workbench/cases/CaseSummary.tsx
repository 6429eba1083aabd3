import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { divisionLabel, useOrganizations } from '../common/organizations.ts';
import type { CaseView } from '../types.ts';

/** What is asked and why, about whom and where. */
export function CaseSummary({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const orgs = useOrganizations();
  const orgName = (id: number | null) => (id === null ? null : (orgs.data?.find((o) => o.id === id)?.name ?? String(id)));
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Card title={t('case.summary')} size="small" className="case-card">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('case.registeredOn')}>{view.registeredOn}</Descriptions.Item>
        <Descriptions.Item label={t('case.registeringOrg')}>{orgName(view.registeringOrgId)}</Descriptions.Item>
        {view.routingOrgId !== view.holderOrgId && view.routingOrgId !== view.registeringOrgId && (
          <Descriptions.Item label={t('case.routingOrg')}>{orgName(view.routingOrgId)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('case.classification')}>{view.classification ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('case.signerCount')}>{view.signerCount}</Descriptions.Item>
        <Descriptions.Item label={t('case.respondent')}>{orgName(view.respondentOrgId) ?? view.respondentText ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('case.place')}>{[divisionLabel(orgs.data, view.placeDivisionCode), view.placeAddress].filter(Boolean).join(' ') || none}</Descriptions.Item>
        {view.decision && <Descriptions.Item label={t('case.decision')}>{t(`enums.decision.${view.decision}`)}</Descriptions.Item>}
        {view.reviewResult && <Descriptions.Item label={t('case.reviewResult')}>{t(`enums.reviewResult.${view.reviewResult}`)}</Descriptions.Item>}
        {view.evaluation && <Descriptions.Item label={t('case.evaluation')}>{t(`enums.rating.${view.evaluation}`)}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={5}>{t('case.request')}</Typography.Title>
      <Typography.Paragraph className="case-text">{view.request}</Typography.Paragraph>
      <Typography.Title level={5}>{t('case.content')}</Typography.Title>
      <Typography.Paragraph className="case-text">{view.content}</Typography.Paragraph>
    </Card>
  );
}
