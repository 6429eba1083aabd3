import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../common/dates.ts';
import type { PublicDocument } from '../common/types.ts';

function Text({ document: d }: { document: PublicDocument }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="portal-doc-body">{d.body}</p>
      <p className="portal-note">{t('portal.lookup.documents.issued', { date: formatInstant(d.issuedAt) })}</p>
      <p className="portal-note portal-hash">{t('portal.lookup.documents.fingerprint', { sha256: d.sha256 })}</p>
    </>
  );
}

/**
 * One document to read, and to print alone: printing adds a copy of it straight under <body>,
 * and the print stylesheet shows only that copy, whatever the modal's own markup looks like.
 */
export function DocumentModal({ document: d, onClose }: { document: PublicDocument | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const body = window.document.body;
    body.classList.add('portal-printing-doc');
    window.print();
    body.classList.remove('portal-printing-doc');
    setPrinting(false);
  }, [printing]);
  return (
    <Modal
      open={d !== null}
      onCancel={onClose}
      title={d?.title}
      width={720}
      destroyOnHidden
      footer={[
        <Button key="print" icon={<PrinterOutlined aria-hidden />} onClick={() => setPrinting(true)}>
          {t('portal.lookup.documents.print')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('portal.lookup.documents.close')}
        </Button>,
      ]}
    >
      {d && <Text document={d} />}
      {d &&
        printing &&
        createPortal(
          <div className="portal-print-doc">
            <h1>{d.title}</h1>
            <Text document={d} />
          </div>,
          window.document.body,
        )}
    </Modal>
  );
}
