import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api.ts';

/**
 * A failure in words the reader understands. The server already answers in the reader's
 * language, so its message is shown as it comes; only a lost connection needs our own words.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = error instanceof ApiError ? error.message : t('portal.common.networkError');
  return <Alert type="error" showIcon title={text} className="portal-error" />;
}
