import './workbench.i18n.ts';
import { ConfigProvider } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppShell } from '../shared/AppShell.tsx';
import { WorkbenchApp } from './WorkbenchApp.tsx';
import './workbench.css';

// Buttons read as written ("登录", not "登 录"): the space Ant Design inserts between two Chinese
// characters also changes what screen readers and tests find. Secondary text (labels, times,
// hints) is darkened from Ant Design's 45 % black (3.4:1) to pass WCAG AA's 4.5:1 on white.
// Error text and links get Ant Design's darker shades for the same reason.
const theme = {
  token: {
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.5)',
    colorError: '#cf1322',
    colorLink: '#0958d9',
  },
};

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppShell>
      <ConfigProvider button={{ autoInsertSpace: false }} theme={theme}>
        <BrowserRouter>
          <WorkbenchApp />
        </BrowserRouter>
      </ConfigProvider>
    </AppShell>
  </StrictMode>,
);
