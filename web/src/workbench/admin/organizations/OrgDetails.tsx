import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../types.ts';
import { kindLabel } from '../labels.ts';
import { ReviewingBody } from './ReviewingBody.tsx';

/** The selected unit: kind, division code and where it sits (its ancestors). */
export function OrgDetails({ organization: o, all }: { organization: Organization | undefined; all: Organization[] }) {
  const { t } = useTranslation();
  if (!o) {
    return (
      <Card size="small" className="adm-detail">
        <Typography.Text type="secondary">{t('admin.org.pick')}</Typography.Text>
      </Card>
    );
  }
  const ancestry = o.path
    .split('/')
    .filter(Boolean)
    .map((id) => all.find((a) => a.id === Number(id))?.name ?? id)
    .join(' › ');
  const children = all.filter((a) => a.parentId === o.id).length;
  return (
    <Card size="small" className="adm-detail" title={o.name}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'kind', label: t('admin.org.kind'), children: kindLabel(t, o.kind) },
          { key: 'code', label: t('admin.org.divisionCode'), children: o.divisionCode ?? t('admin.org.noCode') },
          { key: 'path', label: t('admin.org.ancestry'), children: ancestry },
          { key: 'children', label: t('admin.org.children'), children },
          { key: 'reviewing', label: t('admin.org.reviewingBody'), children: <ReviewingBody key={o.id} organization={o} all={all} /> },
          { key: 'id', label: t('admin.org.id'), children: o.id },
        ]}
      />
    </Card>
  );
}
