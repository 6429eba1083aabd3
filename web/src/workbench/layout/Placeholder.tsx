import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Stands in for an area whose pages are not built yet. */
export function Placeholder({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t(titleKey)}</Typography.Title>
      <Empty description={t('app.comingSoon')} />
    </>
  );
}
