import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../common/format.ts';
import { attachmentUrl } from '../common/petitions.api.ts';
import type { CaseView } from '../types.ts';

/** The scans and photos that came with the petition, for download. */
export function AttachmentsCard({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <Card title={t('case.attachments')} size="small" className="case-card">
      {view.attachments.length === 0 ? (
        <Typography.Text type="secondary">{view.sealed ? t('case.sealed') : t('case.noAttachments')}</Typography.Text>
      ) : (
        <ul className="case-list">
          {view.attachments.map((a) => (
            <li key={a.sha256}>
              <a href={attachmentUrl(view.id, a.sha256)} download={a.name}>
                <PaperClipOutlined aria-hidden /> {a.name}
              </a>{' '}
              <Typography.Text type="secondary" className="case-small">
                {formatSize(a.size)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
