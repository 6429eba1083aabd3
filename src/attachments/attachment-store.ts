import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';

// Scans, photos, documents and recordings a petitioner may send. The type is read from the
// bytes, never from the name or the client's claim, so a script cannot pass as a picture.
const accepted = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/tiff',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/x-cfb',
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/wav',
  'audio/amr',
  'video/mp4',
]);

export interface StoredAttachment {
  sha256: string;
  size: number;
  contentType: string;
}

export const filePath = (dataDir: string, sha256: string) => path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);

/** Content-addressed: the same file sent twice is stored once. */
export async function storeAttachment(ctx: AppContext, bytes: Buffer): Promise<StoredAttachment> {
  if (bytes.length === 0) throw new AppError('badRequest', 'emptyFile', { zh: '上传的文件是空的', en: 'The uploaded file is empty' });
  if (bytes.length > ctx.config.maxUploadBytes) {
    throw new AppError('tooLarge', 'fileTooLarge', { zh: `文件不能超过 ${ctx.config.maxUploadBytes / 1024 / 1024} MB`, en: `Files may be at most ${ctx.config.maxUploadBytes / 1024 / 1024} MB` });
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !accepted.has(type.mime)) {
    throw new AppError('badRequest', 'fileTypeNotAccepted', { zh: '只接受 PDF、图片、Word/Excel 文档和录音录像文件', en: 'Only PDF, images, Word/Excel documents and audio or video recordings are accepted' }, { detected: type?.mime ?? null });
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const target = filePath(ctx.config.dataDir, sha256);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Write then rename, so a crash never leaves a half-written file under its final name.
  const temp = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temp, bytes, { flag: 'w' });
  await fs.rename(temp, target);
  await ctx.database.db
    .insertInto('attachments')
    .values({ sha256, size: bytes.length, content_type: type.mime, created_at: ctx.clock.now().toISOString() })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return { sha256, size: bytes.length, contentType: type.mime };
}
