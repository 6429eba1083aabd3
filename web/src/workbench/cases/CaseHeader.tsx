import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../common/DueTag.tsx';
import { sentence } from '../common/format.ts';
import type { CaseView } from '../types.ts';
import { ActionBar } from './actions/ActionBar.tsx';

/** Receipt number, title, where the case stands, and the actions open to this user. */
export function CaseHeader({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const open = view.deadlines.find((d) => d.open && d.dueOn === view.dueOn);
  return (
    <header className="case-header">
      <Typography.Text type="secondary" className="case-receipt">
        {view.receiptNo}
      </Typography.Text>
      <Typography.Title level={3} id="case-title" style={{ margin: '4px 0 8px' }}>
        {view.title}
      </Typography.Title>
      <Space wrap size={[8, 8]}>
        <Tag color="red">{t(`enums.step.${view.step}`)}</Tag>
        {view.outcome && <Tag>{t(`enums.outcome.${view.outcome}`)}</Tag>}
        <Tag>{t(`enums.category.${view.category}`)}</Tag>
        <Tag>{t(`enums.channel.${view.channel}`)}</Tag>
        {view.extended && <Tag>{t('case.extended')}</Tag>}
        <Typography.Text>{t('case.holderIs', { org: view.holderOrgName })}</Typography.Text>
        {view.dueOn && view.step !== 'closed' && (
          <Typography.Text>
            {sentence(open?.label ?? t('common.dueOn'))} <DueTag dueOn={view.dueOn} status={view.dueStatus} explanation={open?.explanation} provisional={open?.provisional} />
          </Typography.Text>
        )}
      </Space>
      <ActionBar view={view} />
    </header>
  );
}
