import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, MaskedPetitioner } from '../types.ts';
import { UnmaskDialog } from './UnmaskDialog.tsx';

/** Petitioners, masked; the full data only in the unmask dialog, with a reason that is logged. */
export function PetitionersCard({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [unmasking, setUnmasking] = useState<MaskedPetitioner>();
  const dash = (v: string | null) => v ?? '—';
  return (
    <Card title={t('case.petitioners')} size="small" className="case-card">
      {view.sealed ? (
        <Typography.Text type="secondary">
          <LockOutlined aria-hidden /> {t('case.sealed')}
        </Typography.Text>
      ) : view.anonymous ? (
        <Typography.Text type="secondary">{t('case.anonymous')}</Typography.Text>
      ) : (
        view.petitioners.map((p) => (
          <div key={p.id} className="case-petitioner">
            <Descriptions column={1} size="small" title={view.petitioners.length > 1 ? t('case.petitionerN', { n: p.ordinal }) : undefined}>
              <Descriptions.Item label={t('register.name')}>{dash(p.name)}</Descriptions.Item>
              <Descriptions.Item label={t('register.idNumber')}>{dash(p.idNumber)}</Descriptions.Item>
              <Descriptions.Item label={t('register.phone')}>{dash(p.phone)}</Descriptions.Item>
              <Descriptions.Item label={t('register.address')}>{dash(p.address)}</Descriptions.Item>
            </Descriptions>
            {view.canUnmask && (
              <Button size="small" icon={<EyeOutlined aria-hidden />} onClick={() => setUnmasking(p)} aria-label={t('case.unmaskN', { n: p.ordinal })}>
                {t('case.unmask')}
              </Button>
            )}
          </div>
        ))
      )}
      {unmasking && <UnmaskDialog petitionId={view.id} petitioner={unmasking} onClose={() => setUnmasking(undefined)} />}
    </Card>
  );
}
