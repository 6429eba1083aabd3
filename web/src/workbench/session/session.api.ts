import { ApiError, api, call, setCsrfToken } from '../../shared/api.ts';
import type { SessionUser } from '../types.ts';

export const sessionKey = ['session'] as const;

/** The signed-in user, or null when signed out; the CSRF token goes to the API client on the way. */
export async function fetchSession(): Promise<SessionUser | null> {
  try {
    const session = await call(api.GET('/api/session'));
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(username: string, password: string): Promise<SessionUser> {
  const session = await call(api.POST('/api/session', { body: { username, password } }));
  setCsrfToken(session.csrfToken);
  return session.user;
}

export async function signOut(): Promise<void> {
  await call(api.DELETE('/api/session'));
  setCsrfToken('');
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await call(api.POST('/api/session/password', { body: { currentPassword, newPassword } }));
}
