// Builders for integration tests: organisations and staff straight through the use cases, and a
// signed-in HTTP client that sends the session cookie, the CSRF token and JSON for you.
//
//   const office = await createOrg(app.ctx, { name: '青山县信访局', kind: 'petitionOffice' });
//   const clerk = await signInAs(app, { orgId: office.id, roles: ['clerk'] });
//   const res = await clerk.post('/api/petitions', { ... });
//   expect(res.status).toBe(201); res.body.receiptNo;
import type { Role } from '../../src/accounts/actor.ts';
import { operator } from '../../src/accounts/caller.ts';
import { createUser } from '../../src/accounts/create-user.ts';
import { addOrganization } from '../../src/organizations/add-organization.ts';
import type { Organization, OrganizationKind } from '../../src/organizations/organization.ts';
import type { AppContext } from '../../src/platform/context.ts';

export const DEFAULT_PASSWORD = 'correct-horse-battery';
let serial = 0;
const next = () => `${process.pid}${++serial}`;

/** An organisation under `parentId` (or a root); names default to something unique. */
export function createOrg(
  ctx: AppContext,
  options: { name?: string; kind?: OrganizationKind; parentId?: number | null; divisionCode?: string | null } = {},
): Promise<Organization> {
  return addOrganization(ctx, operator, {
    name: options.name ?? `测试单位${next()}`,
    kind: options.kind ?? 'department',
    parentId: options.parentId ?? null,
    divisionCode: options.divisionCode ?? null,
  });
}

export interface Staff {
  id: number;
  username: string;
  password: string;
  orgId: number;
}

/** A staff member with `roles` on their own organisation, ready to sign in (no forced password change). */
export async function createStaff(
  ctx: AppContext,
  options: { username?: string; displayName?: string; orgId: number; roles: Role[]; password?: string },
): Promise<Staff> {
  const username = options.username ?? `staff${next()}`;
  const password = options.password ?? DEFAULT_PASSWORD;
  const { user } = await createUser(ctx, operator, {
    username,
    displayName: options.displayName ?? `测试${username}`,
    organizationId: options.orgId,
    roles: options.roles,
    password,
    mustChangePassword: false,
  });
  return { id: user.id, username: user.username, password, orgId: options.orgId };
}

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies ad hoc
type Json = any;

export interface ApiResponse<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions extends Omit<RequestInit, 'body'> {
  /** A plain object or array is sent as JSON; FormData, strings and bytes as they are. */
  body?: unknown;
  /** Send the CSRF header (default true; false to test the refusal). */
  csrf?: boolean;
}

export interface Client {
  readonly baseUrl: string;
  /** 'redress_session=…' ('' for an anonymous client); changes when the client signs in again. */
  readonly cookie: string;
  readonly csrf: string;
  /** The signed-in user as POST /api/session showed it (null when anonymous). */
  readonly user: Json;
  fetch(path: string, init?: RequestOptions): Promise<Response>;
  request<T = Json>(method: string, path: string, body?: unknown, init?: RequestOptions): Promise<ApiResponse<T>>;
  get<T = Json>(path: string, init?: RequestOptions): Promise<ApiResponse<T>>;
  post<T = Json>(path: string, body?: unknown, init?: RequestOptions): Promise<ApiResponse<T>>;
  put<T = Json>(path: string, body?: unknown, init?: RequestOptions): Promise<ApiResponse<T>>;
  patch<T = Json>(path: string, body?: unknown, init?: RequestOptions): Promise<ApiResponse<T>>;
  del<T = Json>(path: string, init?: RequestOptions): Promise<ApiResponse<T>>;
}

const isRawBody = (b: unknown) =>
  typeof b === 'string' || b instanceof FormData || b instanceof URLSearchParams || b instanceof Blob || b instanceof ArrayBuffer || ArrayBuffer.isView(b);

interface Credentials {
  username: string;
  password: string;
}

/**
 * A client sending `cookie` and `csrf` with every request; `anonymousClient` sends neither.
 * With `renew` credentials, a request answered 401 `loginRequired` (typically: the test moved the
 * clock past the 12-hour session) signs in again and is retried once, so tests can move time freely.
 */
export function client(baseUrl: string, session: { cookie: string; csrf: string; user: Json } | null = null, renew?: Credentials): Client {
  let current = session ?? { cookie: '', csrf: '', user: null };
  const fetchOnce = (path: string, init: RequestOptions = {}) => {
    const { body, csrf: withCsrf = true, headers, ...rest } = init;
    const h = new Headers(headers);
    if (current.cookie && !h.has('cookie')) h.set('cookie', current.cookie);
    if (current.csrf && withCsrf && !h.has('x-csrf-token')) h.set('x-csrf-token', current.csrf);
    let payload: RequestInit['body'];
    if (body !== undefined && !isRawBody(body)) {
      h.set('content-type', 'application/json');
      payload = JSON.stringify(body);
    } else payload = body as RequestInit['body'];
    return fetch(new URL(path, baseUrl), { ...rest, headers: h, body: payload });
  };
  const fetchWith = async (path: string, init: RequestOptions = {}) => {
    const res = await fetchOnce(path, init);
    if (res.status !== 401 || !renew) return res;
    const error = (await res.clone().json().catch(() => null)) as { error?: { code?: string } } | null;
    if (error?.error?.code !== 'loginRequired') return res;
    const fresh = await signIn(baseUrl, renew.username, renew.password).catch(() => null);
    if (!fresh) return res;
    current = fresh;
    return fetchOnce(path, init);
  };
  const request = async (method: string, path: string, body?: unknown, init: RequestOptions = {}) => {
    const res = await fetchWith(path, { ...init, method, body });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, body: text && type.includes('json') ? JSON.parse(text) : text, headers: res.headers };
  };
  return {
    baseUrl,
    get cookie() { return current.cookie; },
    get csrf() { return current.csrf; },
    get user() { return current.user; },
    fetch: fetchWith,
    request,
    get: (path, init) => request('GET', path, undefined, init),
    post: (path, body, init) => request('POST', path, body, init),
    put: (path, body, init) => request('PUT', path, body, init),
    patch: (path, body, init) => request('PATCH', path, body, init),
    del: (path, init) => request('DELETE', path, undefined, init),
  };
}

export const anonymousClient = (baseUrl: string): Client => client(baseUrl);

async function signIn(baseUrl: string, username: string, password: string) {
  const res = await anonymousClient(baseUrl).post('/api/session', { username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('redress_session='))?.split(';')[0];
  if (!cookie) throw new Error('login returned no session cookie');
  return { cookie, csrf: res.body.csrfToken as string, user: res.body.user as Json };
}

/**
 * Signs in through POST /api/session; throws with the server's answer when that fails. The client
 * signs in again by itself when its session has expired, unless `renew: false` (for tests of
 * sign-out and expiry themselves).
 */
export async function login(baseUrl: string, username: string, password: string = DEFAULT_PASSWORD, options: { renew?: boolean } = {}): Promise<Client> {
  const session = await signIn(baseUrl, username, password);
  return client(baseUrl, session, options.renew === false ? undefined : { username, password });
}

/** createStaff then login, for the common case. */
export async function signInAs(
  app: { ctx: AppContext; baseUrl: string },
  options: { username?: string; orgId: number; roles: Role[]; displayName?: string },
): Promise<Client & { staff: Staff }> {
  const staff = await createStaff(app.ctx, options);
  return Object.assign(await login(app.baseUrl, staff.username, staff.password), { staff });
}
