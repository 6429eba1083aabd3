import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../types.ts';
import { hasRole, useSession } from '../session/session.ts';

/** Says plainly that a page needs a role, instead of showing a page whose every request fails. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (hasRole(user, ...roles)) return <>{children}</>;
  return <Result status="403" title={t('admin.forbidden')} subTitle={t('admin.forbiddenHint', { roles: roles.map((r) => t(`enums.role.${r}`)).join('、') })} />;
}
