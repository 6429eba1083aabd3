import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import { requestLocale } from './locale.ts';

// Every error leaves as { error: { code, message, details? } } with the message in the caller's
// language; nothing internal (stack, SQL) is ever shown.
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const zh = requestLocale(request) === 'zh-CN';
  if (error instanceof AppError) {
    return reply.status(error.status).send({ error: { code: error.code, message: zh ? error.text.zh : error.text.en, details: error.details } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({ path: v.instancePath || '/', message: v.message }));
    const fields = details.map((d) => d.path).join(', ');
    return reply.status(400).send({
      error: { code: 'validation', message: zh ? `提交的内容不符合要求：${fields}` : `The request is not valid: ${fields}`, details },
    });
  }
  const fe = error as FastifyError;
  if (fe.statusCode === 429) {
    return reply.status(429).send({ error: { code: 'rateLimited', message: zh ? '操作过于频繁，请稍后再试' : 'Too many requests; please try again later' } });
  }
  if (fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.statusCode === 413) {
    return reply.status(413).send({ error: { code: 'tooLarge', message: zh ? '提交的内容或文件过大' : 'The request or file is too large' } });
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.status(fe.statusCode).send({ error: { code: 'badRequest', message: zh ? `请求无效：${fe.message}` : `Bad request: ${fe.message}` } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'internal', message: zh ? '服务器内部错误，请稍后再试' : 'Internal server error; please try again later' } });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  const zh = requestLocale(request) === 'zh-CN';
  return reply.status(404).send({ error: { code: 'notFound', message: zh ? '请求的地址不存在' : 'No such route' } });
}
