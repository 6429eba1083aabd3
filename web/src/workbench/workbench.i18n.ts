import en from '../locales/en.json';
import daysEn from '../locales/reception/days.en.json';
import daysZh from '../locales/reception/days.zh-CN.json';
import dutyEn from '../locales/reception/duty.en.json';
import dutyZh from '../locales/reception/duty.zh-CN.json';
import visitsEn from '../locales/reception/visits.en.json';
import visitsZh from '../locales/reception/visits.zh-CN.json';
import zh from '../locales/zh-CN.json';
import { initI18n } from '../shared/i18n.ts';

initI18n({ 'zh-CN': [zh, daysZh, visitsZh, dutyZh], en: [en, daysEn, visitsEn, dutyEn] });
