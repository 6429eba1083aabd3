import type { Command } from 'commander';
import { type CliEnv, cliText, processEnv, withContext } from '../cli/cli-env.ts';
import { resolveOrganization } from '../organizations/resolve-organization.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { roles } from './actor.ts';
import { operator } from './caller.ts';
import { resetPassword } from './change-password.ts';
import { type UserWithGrants, createUser } from './create-user.ts';
import type { GrantRecord } from './grant.repository.ts';
import { grantRole, parseRole } from './grant-role.ts';
import { findUserByUsername } from './user.repository.ts';
import { normalizeUsername } from './username.ts';

export interface UserAddOptions {
  username: string;
  name: string;
  org: string;
  role?: string[] | undefined;
  /** Given: kept as is (the operator chose it). Omitted: generated, to be changed at first sign-in. */
  password?: string | undefined;
}

export async function userAdd(ctx: AppContext, options: UserAddOptions): Promise<UserWithGrants & { generatedPassword?: string }> {
  const org = await resolveOrganization(ctx, options.org);
  return createUser(ctx, operator, {
    username: options.username,
    displayName: options.name,
    organizationId: org.id,
    roles: (options.role ?? []).map(parseRole),
    password: options.password,
    mustChangePassword: options.password === undefined,
  });
}

async function userNamed(ctx: AppContext, username: string) {
  const user = await findUserByUsername(ctx.database.db, normalizeUsername(username));
  if (!user) throw notFound({ zh: `用户 ${username}`, en: `User ${username}` });
  return user;
}

export async function userGrant(ctx: AppContext, options: { username: string; org: string; role: string[] }): Promise<GrantRecord[]> {
  if (options.role.length === 0) throw new AppError('badRequest', 'role', { zh: '请至少指定一个 --role', en: 'Give at least one --role' });
  const user = await userNamed(ctx, options.username);
  const org = await resolveOrganization(ctx, options.org);
  const granted: GrantRecord[] = [];
  for (const role of options.role) granted.push(await grantRole(ctx, operator, { userId: user.id, role: parseRole(role), organizationId: org.id }));
  return granted;
}

export async function userResetPassword(ctx: AppContext, username: string): Promise<string> {
  return resetPassword(ctx, operator, { userId: (await userNamed(ctx, username)).id });
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerAccountCommands(program: Command, env: CliEnv = processEnv): void {
  const user = program.command('user').description('用户与权限 — users and role grants');
  user
    .command('add')
    .description('添加用户 — add a user')
    .requiredOption('--username <username>', '登录名 login name')
    .requiredOption('--name <name>', '姓名 display name')
    .requiredOption('--org <id|path>', '所属组织：编号、名称或名称路径 — organisation: id, name or name path')
    .option('--role <role>', `角色（可重复）role, repeatable: ${roles.join(', ')}`, collect, [])
    .option('--password <password>', '密码（省略则生成一次性密码） — omit to generate a one-time password')
    .action((options: UserAddOptions) =>
      withContext(env, async (ctx) => {
        const created = await userAdd(ctx, options);
        env.print(cliText({ zh: `已添加用户 ${created.user.username}（编号 ${created.user.id}）`, en: `Added user ${created.user.username} (id ${created.user.id})` }));
        if (created.generatedPassword) {
          env.print(cliText({ zh: `一次性密码（首次登录须修改）：${created.generatedPassword}`, en: `One-time password (to be changed at first sign-in): ${created.generatedPassword}` }));
        }
      }),
    );
  user
    .command('grant')
    .description('授予角色（作用于该组织及其下级） — grant roles on an organisation and its subtree')
    .requiredOption('--username <username>', '登录名 login name')
    .requiredOption('--org <id|path>', '组织 organisation')
    .option('--role <role>', `角色（可重复，至少一个）role, repeatable: ${roles.join(', ')}`, collect, [])
    .action((options: { username: string; org: string; role: string[] }) =>
      withContext(env, async (ctx) => {
        const granted = await userGrant(ctx, options);
        env.print(cliText({ zh: `已授予 ${granted.map((g) => g.role).join('、')}`, en: `Granted ${granted.map((g) => g.role).join(', ')}` }));
      }),
    );
  user
    .command('reset-password <username>')
    .description('重置密码为一次性密码，并结束其所有会话 — reset to a one-time password and end all sessions')
    .action((username: string) =>
      withContext(env, async (ctx) => {
        const password = await userResetPassword(ctx, username);
        env.print(cliText({ zh: `新的一次性密码：${password}`, en: `New one-time password: ${password}` }));
      }),
    );
}
