import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function PortalApp() {
  const { t } = useTranslation();
  return <Typography.Title>{t('app.portalTitle')}</Typography.Title>;
}
