// The ceiling for the public look-up: a bare Fastify 5 route answering the same POST with a
// small JSON — JSON body parsing and serialisation, no plugins, no database. Run as a child.
//   node --import tsx bench/support/empty-fastify.ts   → prints "listening <url>"
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/api/public/lookup', async () => ({ ok: true, step: 'triage' }));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`listening ${url}`);
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
