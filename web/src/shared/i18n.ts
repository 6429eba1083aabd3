import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import daysEn from '../locales/reception/days.en.json';
import daysZh from '../locales/reception/days.zh-CN.json';
import dutyEn from '../locales/reception/duty.en.json';
import dutyZh from '../locales/reception/duty.zh-CN.json';
import visitsEn from '../locales/reception/visits.en.json';
import visitsZh from '../locales/reception/visits.zh-CN.json';
import zh from '../locales/zh-CN.json';

export const locales = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof locales)[number];
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('redress.locale');

// Chinese first; English when the person chose it.
void i18n.use(initReactI18next).init({
  // Each area's dictionary holds one top-level key of its own, so they merge without clashes.
  resources: { 'zh-CN': { translation: { ...zh, ...daysZh, ...visitsZh, ...dutyZh } }, en: { translation: { ...en, ...daysEn, ...visitsEn, ...dutyEn } } },
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
