import fs from 'node:fs';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { getPetitionById } from '../petitions/get-petition.ts';
import { attachmentSchema } from '../petitions/petition.responses.ts';
import { filePath, storeAttachment } from './attachment-store.ts';

async function receive(ctx: AppContext, request: FastifyRequest) {
  if (!request.isMultipart()) throw new AppError('badRequest', 'multipartRequired', { zh: '请以 multipart/form-data 上传文件', en: 'Upload the file as multipart/form-data' });
  const file = await request.file();
  if (!file) throw new AppError('badRequest', 'fileRequired', { zh: '没有收到文件', en: 'No file was received' });
  const bytes = await file.toBuffer();
  return { ...(await storeAttachment(ctx, bytes)), name: file.filename.slice(0, 200) || 'file' };
}

export function attachmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/attachments', { schema: { tags: ['attachments'], summary: 'Upload an attachment (staff)', response: { 201: attachmentSchema, ...errorResponses(400, 401, 403, 413) } } }, async (request, reply) => {
      requireRole(request, 'clerk', 'handler', 'approver');
      return reply.status(201).send(await receive(ctx, request));
    });
    app.post(
      '/public/attachments',
      { schema: { tags: ['public'], summary: 'Upload an attachment for an online submission', response: { 201: attachmentSchema, ...errorResponses(400, 403, 413, 429) } }, config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
      async (request, reply) => reply.status(201).send(await receive(ctx, request)),
    );
    app.get(
      '/petitions/:id/attachments/:sha256',
      { schema: { tags: ['attachments'], summary: 'Download an attachment of a case the user may see', params: z.object({ id: z.coerce.number().int().positive(), sha256: z.string().regex(/^[a-f0-9]{64}$/) }) } },
      async (request, reply) => {
        const view = await getPetitionById(ctx, requireActor(request), request.params.id, 'zh-CN');
        const a = view.attachments.find((x) => x.sha256 === request.params.sha256);
        if (!a) throw new AppError('notFound', 'notFound', { zh: '未找到此附件', en: 'Attachment not found' });
        reply.header('content-type', a.contentType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`);
        return reply.send(fs.createReadStream(filePath(ctx.config.dataDir, a.sha256)));
      },
    );
  };
}
