import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page names itself in the tab and to screen readers that announce the title on navigation. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const site = t('portal.siteTitle');
  useEffect(() => {
    document.title = title === site ? site : `${title} - ${site}`;
  }, [title, site]);
}
