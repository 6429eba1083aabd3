import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../shared/api.ts';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import type { Organization } from '../../types.ts';

/**
 * Who reviews this unit's decisions: its parent unless an administrator names another body (e.g.
 * the city's bureau of the same line). The server refuses the unit itself, its own units, and a
 * body it reviews.
 */
export function ReviewingBody({ organization: o, all }: { organization: Organization; all: Organization[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState<number | undefined>(o.reviewingOrgId ?? undefined);
  const name = (id: number | null | undefined) => all.find((a) => a.id === id)?.name;
  const save = useMutation({
    mutationFn: (reviewingOrgId: number | null) =>
      call(api.PUT('/api/organizations/{id}/reviewing-body', { params: { path: { id: o.id } }, body: { reviewingOrgId } })),
    onSuccess: async () => {
      setEditing(false);
      await client.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
  const current = o.reviewingOrgId
    ? name(o.reviewingOrgId)
    : o.parentId
      ? t('admin.org.reviewingParent', { name: name(o.parentId) })
      : t('admin.org.reviewingNone');
  if (!editing) {
    return (
      <Space wrap>
        <span>{current}</span>
        <Button size="small" onClick={() => { setChoice(o.reviewingOrgId ?? undefined); setEditing(true); }}>
          {t('admin.org.reviewingChange')}
        </Button>
      </Space>
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('admin.org.reviewingHelp')}</Typography.Text>
      <OrgTreeSelect value={choice} onChange={setChoice} exclude={[o.id]} aria-label={t('admin.org.reviewingBody')} placeholder={t('admin.org.reviewingPick')} />
      <Space wrap>
        <Button type="primary" size="small" loading={save.isPending} disabled={choice === undefined} onClick={() => save.mutate(choice ?? null)}>
          {t('common.save')}
        </Button>
        {o.reviewingOrgId && (
          <Button size="small" onClick={() => save.mutate(null)}>
            {t('admin.org.reviewingReset')}
          </Button>
        )}
        <Button size="small" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </Button>
      </Space>
      {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
    </Space>
  );
}
