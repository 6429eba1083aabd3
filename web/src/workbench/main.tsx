import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppShell } from '../shared/AppShell.tsx';
import { WorkbenchApp } from './WorkbenchApp.tsx';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppShell>
      <BrowserRouter>
        <WorkbenchApp />
      </BrowserRouter>
    </AppShell>
  </StrictMode>,
);
