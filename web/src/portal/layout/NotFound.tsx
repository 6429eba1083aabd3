import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../common/usePageTitle.ts';

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('portal.notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 className="portal-h1">{t('portal.notFound.title')}</h1>}
      extra={
        <Link to="/" className="portal-cta">
          {t('portal.notFound.home')}
        </Link>
      }
    />
  );
}
