import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// The clipboard API needs a secure context; a county's portal on plain HTTP falls back to the
// older selection copy, which every phone browser still supports.
async function copy(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

/** "Copy" with the thing it copies in its accessible name, and a visible, announced result. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<boolean | null>(null);
  return (
    <span className="portal-copy">
      <Button icon={done ? <CheckOutlined /> : <CopyOutlined />} aria-label={t('portal.common.copyWhat', { what })} onClick={async () => setDone(await copy(text))}>
        {done ? t('portal.common.copied') : t('portal.common.copy')}
      </Button>
      <span role="status" className="portal-sr-only">
        {done === true ? t('portal.common.copiedWhat', { what }) : done === false ? t('portal.common.copyFailed') : ''}
      </span>
    </span>
  );
}
