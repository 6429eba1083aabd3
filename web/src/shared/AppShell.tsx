import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

/** What both apps share: Ant Design in the reader's locale, TanStack Query, i18n. */
export function AppShell({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  dayjs.locale(en ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4 } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
