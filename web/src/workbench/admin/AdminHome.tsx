import { Navigate } from 'react-router';
import { hasRole, useSession } from '../session/session.ts';
import { RequireRole } from './RequireRole.tsx';

/** /admin leads to the first administration page the user may open. */
export function AdminHome() {
  const { user } = useSession();
  if (hasRole(user, 'admin')) return <Navigate to="/admin/organizations" replace />;
  if (hasRole(user, 'auditor')) return <Navigate to="/admin/access-log" replace />;
  return <RequireRole roles={['admin', 'auditor']}>{null}</RequireRole>;
}
