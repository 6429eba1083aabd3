import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';

/** The page a person sees before the workbench opens (sign-in, a required new password): a card with a title, the language switch above it. */
export function SessionCard({ title, level = 3, children }: { title: string; level?: 2 | 3; children: ReactNode }) {
  return (
    <main className="session-page">
      <div className="session-lang">
        <LanguageSwitch />
      </div>
      <Card className="session-card">
        <Typography.Title level={level} className="session-title">
          {title}
        </Typography.Title>
        {children}
      </Card>
    </main>
  );
}
