import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const locales = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof locales)[number];
type Dictionary = Record<string, unknown>;

/**
 * Chinese first; English when the person chose it. Each app passes only its own dictionaries
 * (the portal's first load carries none of the workbench's words); each dictionary owns its
 * top-level keys, so they merge without clashes. Call before the first render.
 */
export function initI18n(resources: Record<AppLocale, Dictionary[]>): void {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('redress.locale');
  void i18n.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: Object.assign({}, ...resources['zh-CN']) },
      en: { translation: Object.assign({}, ...resources.en) },
    },
    lng: stored === 'en' ? 'en' : 'zh-CN',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function setLocale(locale: AppLocale): void {
  localStorage.setItem('redress.locale', locale);
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export default i18n;
