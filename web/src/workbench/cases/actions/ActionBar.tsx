import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionType } from '../../common/petitions.api.ts';
import type { CaseView } from '../../types.ts';
import { ActionDialog } from './ActionDialog.tsx';

// The step's own decisions come first and stand out; what can happen at any time follows.
const primary: ActionType[] = ['forward', 'assign', 'accept', 'reply', 'review', 'rereview', 'urge', 'instruct'];
const danger: ActionType[] = ['withdraw', 'notAccept', 'notReaccept'];
const order: ActionType[] = ['forward', 'assign', 'accept', 'notAccept', 'notReaccept', 'object', 'extend', 'reply', 'deliver', 'requestReview', 'review', 'requestRereview', 'rereview', 'evaluate', 'urge', 'instruct', 'link', 'withdraw'];

/** The actions the server allows this user at this step (allowedActions), each opening its dialog. */
export function ActionBar({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActionType>();
  // Deliveries are recorded per document, from the documents card.
  const allowed = order.filter((a) => a !== 'deliver' && view.allowedActions.includes(a));
  if (allowed.length === 0) return null;
  return (
    <nav aria-label={t('case.actions')} className="case-actions">
      <Space wrap>
        {allowed.map((a) => (
          <Button key={a} type={primary.includes(a) ? 'primary' : 'default'} danger={danger.includes(a)} ghost={false} onClick={() => setOpen(a)}>
            {t(`case.action.${a}`)}
          </Button>
        ))}
      </Space>
      {open && <ActionDialog view={view} type={open} onClose={() => setOpen(undefined)} />}
    </nav>
  );
}
