import './portal.i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppShell } from '../shared/AppShell.tsx';
import { PortalApp } from './PortalApp.tsx';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppShell>
      <BrowserRouter basename="/public">
        <PortalApp />
      </BrowserRouter>
    </AppShell>
  </StrictMode>,
);
