import { FileTextOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant } from '../common/dates.ts';
import type { PublicDocument } from '../common/types.ts';
import { useCase } from './CaseContext.ts';
import { DocumentModal } from './DocumentModal.tsx';

/** Every document issued to the petitioner, each to open and print. */
export function DocumentList() {
  const { t } = useTranslation();
  const { view } = useCase();
  const [open, setOpen] = useState<PublicDocument | null>(null);
  return (
    <section aria-labelledby="case-documents" className="portal-section">
      <h2 id="case-documents">{t('portal.lookup.documents.title')}</h2>
      {view.documents.length === 0 ? (
        <p>{t('portal.lookup.documents.none')}</p>
      ) : (
        <ul className="portal-documents">
          {view.documents.map((d) => (
            <li key={d.id}>
              <div>
                <strong>{d.title}</strong>
                <span className="portal-note">
                  {t('portal.lookup.documents.issued', { date: formatInstant(d.issuedAt) })}
                  {' · '}
                  {d.deliveredOn ? t('portal.lookup.documents.delivered', { date: formatDay(d.deliveredOn, false) }) : t('portal.lookup.documents.notDelivered')}
                </span>
              </div>
              <Button icon={<FileTextOutlined aria-hidden />} onClick={() => setOpen(d)} aria-label={t('portal.lookup.documents.openWhat', { title: d.title })}>
                {t('portal.lookup.documents.open')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <DocumentModal document={open} onClose={() => setOpen(null)} />
    </section>
  );
}
