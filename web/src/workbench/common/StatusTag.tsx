import type { ReactNode } from 'react';
import './due.css';

/**
 * A small status label whose colours pass WCAG AA at 12px (Ant Design's green and orange tags do
 * not: about 3:1). Words carry the meaning; colour only repeats it.
 */
export function StatusTag({ tone, children }: { tone: 'good' | 'warn' | 'bad' | 'neutral'; children: ReactNode }) {
  return <span className={`status-tag status-${tone}`}>{children}</span>;
}
