import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** While a page's code arrives on a slow connection. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="portal-loading" role="status">
      <Spin />
      <span>{t('portal.common.loading')}</span>
    </div>
  );
}
