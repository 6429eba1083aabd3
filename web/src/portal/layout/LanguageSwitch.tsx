import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLocale } from '../../shared/i18n.ts';

/** One button naming the other language in that language, so a reader who cannot read this one finds it. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const toEnglish = i18n.language !== 'en';
  return (
    <Button
      type="text"
      className="portal-lang"
      icon={<GlobalOutlined aria-hidden />}
      lang={toEnglish ? 'en' : 'zh-CN'}
      aria-label={toEnglish ? 'Read in English' : '切换为中文'}
      onClick={() => setLocale(toEnglish ? 'en' : 'zh-CN')}
    >
      {toEnglish ? 'English' : '中文'}
    </Button>
  );
}
