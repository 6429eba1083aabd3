import { AppError } from '../platform/errors.ts';

// Usernames are ASCII logins ('zhang.wei', 'admin'), compared case-insensitively by storing them
// lower-case; the person's name in Chinese is the display name.
export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

export const normalizeUsername = (username: string): string => username.trim().toLowerCase();

export function validUsername(username: string): string {
  const normalized = normalizeUsername(username);
  if (USERNAME.test(normalized)) return normalized;
  throw new AppError('badRequest', 'username', {
    zh: '用户名须为 2 至 63 个字符，只含字母、数字、点、下划线和连字符，并以字母或数字开头',
    en: 'A username has 2 to 63 letters, digits, dots, underscores or hyphens, starting with a letter or digit',
  });
}
