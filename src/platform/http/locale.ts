import type { FastifyRequest } from 'fastify';

export type Locale = 'zh-CN' | 'en';

/** Chinese first: English only when the client prefers it over Chinese. */
export function requestLocale(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || header === '') return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  const first = ranked.find((r) => r.tag.startsWith('zh') || r.tag.startsWith('en'));
  return first?.tag.startsWith('en') ? 'en' : 'zh-CN';
}
