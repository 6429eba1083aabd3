import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session.ts';
import { useSavedViews } from './savedViews.ts';

interface Props {
  /** The inbox's current query string (without '?'). */
  search: string;
  onApply: (search: string) => void;
}

/** Name the current filters to come back to them with one choice; kept per user in this browser. */
export function SavedViews({ search, onApply }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { views, save, remove } = useSavedViews(user.id);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const current = views.find((v) => v.search === search);
  const submit = () => {
    if (!name.trim()) return;
    save({ name: name.trim(), search });
    setNaming(false);
  };
  return (
    <Space.Compact>
      <Select
        aria-label={t('inbox.savedViews')}
        placeholder={t('inbox.savedViews')}
        value={current?.name ?? null}
        onChange={(n) => onApply(views.find((v) => v.name === n)?.search ?? '')}
        options={views.map((v) => ({ value: v.name, label: v.name }))}
        notFoundContent={t('inbox.noSavedViews')}
        style={{ width: 180 }}
      />
      <Tooltip title={t('inbox.saveView')}>
        <Button icon={<SaveOutlined aria-hidden />} aria-label={t('inbox.saveView')} onClick={() => (setName(current?.name ?? ''), setNaming(true))} />
      </Tooltip>
      <Tooltip title={t('inbox.deleteView')}>
        <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('inbox.deleteView')} disabled={!current} onClick={() => current && remove(current.name)} />
      </Tooltip>
      <Modal title={t('inbox.saveView')} open={naming} onOk={submit} onCancel={() => setNaming(false)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label={t('inbox.viewName')} extra={t('inbox.viewNameHint')} htmlFor="saved-view-name">
            <Input id="saved-view-name" autoFocus value={name} maxLength={40} onChange={(e) => setName(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </Space.Compact>
  );
}
