import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDocument } from '../types.ts';

/** Prints just the document: the page behind the dialog is hidden while printing (case.css). */
function printDocument() {
  document.body.classList.add('printing-document');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-document'), { once: true });
  window.print();
}

/** An issued document as the petitioner received it, with its fingerprint for verification. */
export function DocumentDialog({ doc, onClose }: { doc: CaseDocument; onClose: () => void }) {
  const { t } = useTranslation();
  // Blocks are separated by blank lines: the heading, the text, and last the issuing body and
  // date, which an official document sets flush right.
  const [heading = [], ...blocks] = doc.body.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim()));
  const signature = blocks.length > 1 && (blocks.at(-1)?.length ?? 0) <= 2 ? blocks.pop() : undefined;
  return (
    <Modal
      open
      width={760}
      title={doc.title}
      onCancel={onClose}
      footer={[
        <Button key="print" icon={<PrinterOutlined aria-hidden />} onClick={printDocument}>
          {t('case.print')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>,
      ]}
    >
      <div className="print-doc">
        <h2 className="doc-heading">{heading.join(' ')}</h2>
        {blocks.flat().map((line, i) => (
          <p key={i} className="doc-line">
            {line}
          </p>
        ))}
        {signature && (
          <div className="doc-signature">
            {signature.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )}
        <Typography.Text type="secondary" className="doc-hash">
          SHA-256 {doc.sha256}
        </Typography.Text>
      </div>
    </Modal>
  );
}
