import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../shared/api.ts';
import { petitionKey } from '../common/petitions.api.ts';
import { useSession } from '../session/session.ts';
import type { CaseView } from '../types.ts';

type Change = { kind: 'exclude' | 'reinstate'; userId?: number; name?: string };

function changeExclusion(id: number, change: Change, reason: string) {
  const body = { userId: change.userId, reason };
  return change.kind === 'exclude'
    ? call(api.POST('/api/petitions/{id}/exclusions', { params: { path: { id } }, body }))
    : call(api.POST('/api/petitions/{id}/exclusions/reinstate', { params: { path: { id } }, body: { ...body, userId: change.userId ?? 0 } }));
}

/**
 * Conflicts of interest (回避): anyone on the case may withdraw from it; an approver or supervisor
 * over the holder may exclude colleagues who took part in it, and reinstate them.
 */
export function ConflictCard({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [change, setChange] = useState<Change>();
  // Colleagues who acted on the case are the ones a conflict can concern.
  const actors = new Map<number, string>();
  for (const e of view.events) if (e.actorUserId && e.actorName && e.actorUserId !== user.id) actors.set(e.actorUserId, e.actorName);
  for (const s of view.excludedStaff) actors.delete(s.userId);
  return (
    <Card title={t('case.conflict.title')} size="small" className="case-card">
      <Typography.Paragraph type="secondary">{t('case.conflict.explain')}</Typography.Paragraph>
      {view.excludedStaff.length > 0 && (
        <ul className="case-list" aria-label={t('case.conflict.excluded')}>
          {view.excludedStaff.map((s) => (
            <li key={s.userId}>
              {s.name}{' '}
              {view.canManageExclusions && (
                <Button size="small" onClick={() => setChange({ kind: 'reinstate', userId: s.userId, name: s.name })}>
                  {t('case.conflict.reinstate')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Space wrap>
        <Button onClick={() => setChange({ kind: 'exclude' })}>{t('case.conflict.withdraw')}</Button>
        {view.canManageExclusions && actors.size > 0 && (
          <Select
            aria-label={t('case.conflict.excludeColleague')}
            placeholder={t('case.conflict.excludeColleague')}
            style={{ minWidth: 200 }}
            value={null}
            options={[...actors].map(([value, label]) => ({ value, label }))}
            onChange={(userId: number) => setChange({ kind: 'exclude', userId, name: actors.get(userId) })}
          />
        )}
      </Space>
      {change && <ConflictDialog view={view} change={change} onClose={() => setChange(undefined)} />}
    </Card>
  );
}

function ConflictDialog({ view, change, onClose }: { view: CaseView; change: Change; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const client = useQueryClient();
  const navigate = useNavigate();
  const self = change.kind === 'exclude' && change.userId === undefined;
  const save = useMutation({
    mutationFn: (reason: string) => changeExclusion(view.id, change, reason),
    onSuccess: async () => {
      onClose();
      // Whoever withdraws no longer sees the case.
      if (self) navigate('/');
      else await client.invalidateQueries({ queryKey: petitionKey(view.id) });
    },
  });
  const title = self ? t('case.conflict.withdraw') : change.kind === 'exclude' ? t('case.conflict.excludeWho', { name: change.name }) : t('case.conflict.reinstateWho', { name: change.name });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v.reason)}>
        <Typography.Paragraph>{self ? t('case.conflict.withdrawExplain') : change.kind === 'exclude' ? t('case.conflict.excludeExplain') : t('case.conflict.reinstateExplain')}</Typography.Paragraph>
        <Form.Item name="reason" label={t('case.conflict.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('case.conflict.reasonRequired') }]}>
          <Input.TextArea autoFocus autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
      </Form>
    </Modal>
  );
}
