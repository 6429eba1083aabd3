import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ApiError } from '../shared/api.ts';
import { WorkbenchLayout } from './layout/WorkbenchLayout.tsx';
import { workbenchRoutes } from './routes.tsx';
import { ChangePasswordPage } from './session/ChangePasswordPage.tsx';
import { LoginPage } from './session/LoginPage.tsx';
import { SessionContext } from './session/session.ts';
import { fetchSession, sessionKey, signOut } from './session/session.api.ts';

/** Signed out: the login page. Must change the password: only that. Otherwise the workbench. */
export function WorkbenchApp() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity });

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = `Redress ${t('app.workbenchTitle')}`;
  }, [i18n.language, t]);

  // A session that expired while working: any 401 takes the person back to the login page.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const error = event.query.state.error;
        if (event.type === 'updated' && error instanceof ApiError && error.status === 401 && event.query.queryKey[0] !== 'session') {
          queryClient.setQueryData(sessionKey, null);
        }
      }),
    [queryClient],
  );

  const value = useMemo(() => {
    if (!session.data) return null;
    return {
      user: session.data,
      signOut: async () => {
        await signOut().catch(() => undefined);
        // Signed out first, then forget every case seen: the next person at this desk starts clean.
        queryClient.setQueryData(sessionKey, null);
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      },
    };
  }, [session.data, queryClient]);

  if (session.isPending) return <Spin fullscreen aria-label={t('common.loading')} />;
  if (session.isError) return <Result status="error" title={t('common.loadFailed')} subTitle={session.error.message} />;
  if (!value) return <LoginPage />;
  return (
    <SessionContext.Provider value={value}>
      {value.user.mustChangePassword ? (
        <ChangePasswordPage forced />
      ) : (
        <Routes>
          <Route element={<WorkbenchLayout />}>
            {workbenchRoutes.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
            <Route path="*" element={<Result status="404" title={t('common.notFoundPage')} />} />
          </Route>
        </Routes>
      )}
    </SessionContext.Provider>
  );
}
