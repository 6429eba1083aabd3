import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizations } from '../../common/organizations.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { AddOrgDialog } from './AddOrgDialog.tsx';
import { OrgDetails } from './OrgDetails.tsx';
import { OrgTree } from './OrgTree.tsx';
import '../admin.css';

/** The organisation tree: browse it, see a unit's kind and division code, add a unit under any. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const title = usePageTitle('admin.org.title');
  const orgs = useOrganizations();
  const [selectedId, setSelectedId] = useState<number>();
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState(false);
  const selected = orgs.data?.find((o) => o.id === selectedId);
  return (
    <>
      <div className="adm-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {selected ? t('admin.org.addUnder', { name: selected.name }) : t('admin.org.add')}
        </Button>
      </div>
      {orgs.error && <Alert type="error" showIcon role="alert" title={orgs.error.message} />}
      <div className="adm-split">
        <Card size="small" className="adm-tree-card">
          <Input.Search allowClear placeholder={t('admin.org.filter')} aria-label={t('admin.org.filter')} onChange={(e) => setFilter(e.target.value.trim())} style={{ marginBottom: 8 }} />
          <OrgTree organizations={orgs.data ?? []} loading={orgs.isPending} filter={filter} selectedId={selectedId} onSelect={setSelectedId} />
        </Card>
        <OrgDetails organization={selected} all={orgs.data ?? []} />
      </div>
      <AddOrgDialog open={adding} parentId={selectedId} onClose={(created) => { setAdding(false); if (created) setSelectedId(created); }} />
    </>
  );
}
