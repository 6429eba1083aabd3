import { useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AppLocale, setLocale } from '../../shared/i18n.ts';

/** 中文 / English: each label in its own language, so a reader of either finds it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const change = (locale: AppLocale) => {
    setLocale(locale);
    // Step names, deadline explanations and event labels come from the server in the reader's
    // language: fetch them again in the new one.
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  };
  return (
    <Segmented<AppLocale>
      aria-label={t('common.language')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={change}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
