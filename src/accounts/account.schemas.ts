import { z } from 'zod';
import { PASSWORD_MAX } from './password.ts';
import { instantOut } from '../platform/http/response.schemas.ts';
import { roles } from './actor.ts';

export const roleSchema = z.enum(roles).meta({ id: 'Role', description: 'clerk 登记员, handler 承办人, approver 负责人, supervisor 督办, leader 领导, auditor 审计, admin 管理员' });

const orgRef = { organizationId: z.number().int(), organizationName: z.string() };

export const sessionGrantSchema = z.object({ role: roleSchema, ...orgRef, organizationPath: z.string() }).meta({ id: 'SessionGrant' });

export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  ...orgRef,
  mustChangePassword: z.boolean().describe('The user must choose a new password before working'),
  grants: z.array(sessionGrantSchema),
}).meta({ id: 'SessionUser' });

export const sessionResponse = z.object({
  user: sessionUserSchema,
  csrfToken: z.string().describe('Send in the x-csrf-token header with every POST, PUT, PATCH and DELETE'),
}).meta({ id: 'Session' });

export const loginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX * 4),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX * 4),
  newPassword: z.string().min(1).max(PASSWORD_MAX * 4).describe('At least 10 characters'),
});

export const grantSchema = z.object({ id: z.number().int(), role: roleSchema, ...orgRef }).meta({ id: 'Grant', description: 'A role on an organisation and its subtree' });

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  ...orgRef,
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  createdAt: instantOut,
  email: z.string().nullable().describe('For notifications by e-mail; shown only to administrators of the user'),
  grants: z.array(grantSchema),
}).meta({ id: 'User' });

export const userListQuery = z.object({
  organizationId: z.coerce.number().int().positive().optional().describe("Only this organisation's subtree"),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the username or name'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const userListResponse = z.object({ users: z.array(userSchema), total: z.number().int() }).meta({ id: 'UserPage' });

// Checked by the use case, which explains a bad address in both languages; '' or null clears it.
const emailIn = z.string().max(1000).nullable().describe('E-mail address for notifications');

export const userPatchBody = z
  .object({ disabled: z.boolean().optional(), email: emailIn.optional() })
  .refine((b) => b.disabled !== undefined || b.email !== undefined, { message: 'disabled or email' });

export const ownEmailBody = z.object({ email: emailIn });
export const ownEmailResponse = z.object({ email: z.string().nullable() }).meta({ id: 'OwnEmail' });

export const createUserBody = z.object({
  username: z.string().min(2).max(63),
  displayName: z.string().trim().min(1).max(100),
  organizationId: z.number().int().positive(),
  roles: z.array(roleSchema).max(roles.length).default([]).describe("Granted on the user's organisation"),
  password: z.string().max(PASSWORD_MAX * 4).optional().describe('Omit to have a one-time password generated'),
  email: emailIn.optional(),
});

export const createUserResponse = z.object({
  user: userSchema,
  password: z.string().optional().describe('The generated one-time password, shown this once'),
}).meta({ id: 'CreatedUser' });

export const grantBody = z.object({ role: roleSchema, organizationId: z.number().int().positive() });

export const userIdParams = z.object({ id: z.coerce.number().int().positive() });
export const grantParams = z.object({ id: z.coerce.number().int().positive(), grantId: z.coerce.number().int().positive() });
