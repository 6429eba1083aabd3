import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab names the page, so a screen-reader user and a tab-switcher know where they are. */
export function usePageTitle(key: string): string {
  const { t } = useTranslation();
  const title = t(key);
  useEffect(() => {
    document.title = `${title} · Redress`;
  }, [title]);
  return title;
}
