import portalEn from '../locales/portal.en.json';
import portalZh from '../locales/portal.zh-CN.json';
import daysEn from '../locales/reception/days.en.json';
import daysZh from '../locales/reception/days.zh-CN.json';
import { initI18n } from '../shared/i18n.ts';

// The portal's own words only: the petitioner's phone downloads nothing of the workbench's.
initI18n({ 'zh-CN': [portalZh, daysZh], en: [portalEn, daysEn] });
