import { useQueryClient } from '@tanstack/react-query';
import { Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../session/session.ts';
import { ReceiptView } from './ReceiptView.tsx';
import { type Receipt, RegisterForm } from './RegisterForm.tsx';
import type { RegisterValues } from './registerValues.ts';
import './register.css';

/** Register a petition, then hand over the receipt; "another" starts a fresh form with a fresh key. */
export function RegisterPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<{ receipt: Receipt; values: RegisterValues }>();
  const [round, setRound] = useState(0);
  const { user } = useSession();
  if (!hasRole(user, 'clerk')) return <Result status="403" title={t('register.clerksOnly')} subTitle={t('register.clerksOnlyHint')} />;
  return (
    <>
      <Typography.Title level={3} className="no-print">
        {t('register.pageTitle')}
      </Typography.Title>
      {done ? (
        <ReceiptView receipt={done.receipt} values={done.values} onNext={() => (setDone(undefined), setRound((r) => r + 1))} />
      ) : (
        <RegisterForm
          key={round}
          onRegistered={(receipt, values) => {
            void queryClient.invalidateQueries({ queryKey: ['petitions'] });
            setDone({ receipt, values });
          }}
        />
      )}
    </>
  );
}
