import { InfoCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrganizations } from '../../common/organizations.ts';
import { requiredMark } from '../../common/requiredMark.tsx';
import { type ActionBody, type ActionType, actOn, petitionKey } from '../../common/petitions.api.ts';
import type { CaseView } from '../../types.ts';
import { ActionFields } from './ActionFields.tsx';
import { consequence } from './consequence.ts';
import { useProfile } from './useProfile.ts';

interface Props {
  view: CaseView;
  type: ActionType;
  documentId?: number;
  initial?: Record<string, unknown>;
  onClose: () => void;
}

const dateFields = ['reportBackOn', 'deliveredOn', 'dueOn'];

/** Turns the form into the API's action body: dates as YYYY-MM-DD, empty optional fields left out. */
function toBody(type: ActionType, values: Record<string, unknown>): ActionBody {
  const body: Record<string, unknown> = { type };
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    body[k] = dateFields.includes(k) ? (v as { format: (f: string) => string }).format('YYYY-MM-DD') : typeof v === 'string' ? v.trim() : v;
  }
  return body as ActionBody;
}

/** A short dialog per action, saying in one sentence what happens to the petitioner next. */
export function ActionDialog({ view, type, documentId, initial, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const values = (Form.useWatch([], form) ?? {}) as Record<string, unknown>;
  const profile = useProfile();
  const orgs = useOrganizations();
  const orgName = (id: number) => orgs.data?.find((o) => o.id === id)?.name ?? String(id);
  const act = useMutation({
    mutationFn: (v: Record<string, unknown>) => actOn(view.id, toBody(type, v)),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['petitions'] });
      void message.success(t('case.actionDone', { action: t(`case.action.${type}`) }));
      onClose();
      if ('visible' in result) {
        queryClient.removeQueries({ queryKey: petitionKey(view.id) });
        void message.info(t('case.handedAway'));
        void navigate('/');
      } else queryClient.setQueryData(petitionKey(view.id), result);
    },
  });
  return (
    <Modal
      open
      title={t(`case.action.${type}`)}
      okText={t(`case.action.${type}`)}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={act.isPending}
      destroyOnHidden
      width={type === 'reply' || type === 'review' || type === 'rereview' ? 720 : 520}
    >
      <Alert type="info" showIcon icon={<InfoCircleOutlined aria-hidden />} title={consequence(t, { type, values, view, profile, orgName })} style={{ marginBottom: 16 }} role="status" />
      <Form form={form} layout="vertical" requiredMark={requiredMark} initialValues={{ documentId, method: 'post', ...initial }} onFinish={(v) => act.mutate(v)}>
        <ActionFields type={type} view={view} maxExtension={profile.extensionMaxDays} />
        {act.error && <Alert type="error" showIcon role="alert" title={act.error.message} />}
      </Form>
    </Modal>
  );
}
