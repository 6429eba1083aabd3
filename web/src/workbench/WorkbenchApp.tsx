import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function WorkbenchApp() {
  const { t } = useTranslation();
  return <Typography.Title>{t('app.workbenchTitle')}</Typography.Title>;
}
