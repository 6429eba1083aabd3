import { Alert, Descriptions, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatInstant } from '../../common/format.ts';
import { usePageTitle } from '../../admin/usePageTitle.ts';
import { FollowUpsTable } from './FollowUpsTable.tsx';
import { ReceptionForm, SummaryForm } from './GroupReceptionForms.tsx';
import { ResponseClock } from './ResponseClock.tsx';
import { UnmaskButton } from './UnmaskButton.tsx';
import { type GroupVisit, clockOffset, unmaskMembers, useGroupVisit } from './visits.api.ts';
import './visits.css';

/** One group: its response clock, who received them and what was promised, the summary. */
export function GroupVisitPage() {
  const title = usePageTitle('visits.group.title');
  const id = Number(useParams().id);
  const group = useGroupVisit(id);
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      {group.isPending && <Skeleton active />}
      {group.error && <Alert type="error" showIcon role="alert" title={group.error.message} />}
      {group.data && <GroupDetails group={group.data} />}
    </>
  );
}

function GroupDetails({ group }: { group: GroupVisit }) {
  const { t } = useTranslation();
  const offset = clockOffset(group.serverNow);
  return (
    <Space direction="vertical" size="large" className="visits-stack">
      <div className="visits-clock-banner" aria-label={t('visits.groups.clock')}>
        <ResponseClock respondBy={group.respondBy} receivedAt={group.receivedAt} offset={offset} />
        {group.receiverLevel && (
          <span>
            {t('visits.register.receiverWithin', { who: t(`visits.receiver.${group.receiverLevel}`), minutes: group.respondWithinMinutes })}
            {group.respondBy && ` · ${t('visits.group.respondBy', { time: formatInstant(group.respondBy) })}`}
          </span>
        )}
      </div>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={t('visits.visit.case')}>
          <Link to={`/cases/${group.petitionId}`}>{`${group.receiptNo} ${group.title}`}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.groups.status')}>{t(`visits.status.${group.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('visits.groups.headcount')}>{group.headcount}</Descriptions.Item>
        <Descriptions.Item label={t('visits.groups.arrivedAt')}>{formatInstant(group.arrivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('visits.register.office')}>{group.organizationName}</Descriptions.Item>
        <Descriptions.Item label={t('visits.groups.responsible')}>{group.responsibleOrgName}</Descriptions.Item>
        <Descriptions.Item label={t('visits.group.representatives')} span={2}>
          <Space wrap>
            {group.representatives.map((r) => (r.phone ? `${r.name} ${r.phone}` : r.name)).join(t('visits.listSep'))}
            {group.othersNamed > 0 && t('visits.group.othersNamed', { count: group.othersNamed })}
            {group.canUnmask && <UnmaskButton unmask={(reason) => unmaskMembers(group.id, reason)} />}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.groups.matter')} span={2}>{group.matter}</Descriptions.Item>
        {group.receivedAt && (
          <>
            <Descriptions.Item label={t('visits.group.receivedBy')}>{group.receivingLeaderName}</Descriptions.Item>
            <Descriptions.Item label={t('visits.group.receivedAt')}>{formatInstant(group.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('visits.group.statement')} span={2}>{group.statement}</Descriptions.Item>
          </>
        )}
        {group.summary && <Descriptions.Item label={t('visits.group.summary')} span={2}>{group.summary}</Descriptions.Item>}
      </Descriptions>
      {group.canReceive && <ReceptionForm group={group} />}
      <section aria-labelledby="group-follow-ups">
        <Typography.Title level={4} id="group-follow-ups">{t('visits.followUps.title')}</Typography.Title>
        <FollowUpsTable items={group.followUps} />
      </section>
      {group.canSummarize && <SummaryForm group={group} />}
      {group.visitId && <Link to={`/reception/visits/${group.visitId}`}>{t('visits.group.openVisit')}</Link>}
    </Space>
  );
}
