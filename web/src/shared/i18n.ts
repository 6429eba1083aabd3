import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import zh from '../locales/zh-CN.json';

export const locales = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof locales)[number];
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('redress.locale');

// Chinese first; English when the person chose it.
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'zh-CN',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLocale(locale: AppLocale): void {
  localStorage.setItem('redress.locale', locale);
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export default i18n;
