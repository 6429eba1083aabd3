// One autocannon run reduced to the figures the reports print. Load generation stays in this
// process and the server under test in another, so on a 2-core machine each gets a core.
import autocannon, { type RequestSpec } from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds of load; ignored when `amount` is given. */
  seconds: number;
  amount?: number | undefined;
  requests: RequestSpec[];
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Responses with a 2xx status. */
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
  statusCodes: Record<string, number>;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    ...(options.amount === undefined ? {} : { amount: options.amount }),
    // A stalled durable commit must show up as latency, not as a dropped request.
    timeout: 30,
    requests: options.requests,
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = count;
  const ok = result['2xx'];
  return {
    // Completed 2xx responses over wall time: the histogram's per-second average drops the last
    // partial second and would overstate short runs.
    requestsPerSecond: ok / result.duration,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    seconds: result.duration,
    statusCodes,
  };
}

/** POST the next of `bodies` to `requestPath` each time, round and round, as JSON with `headers()` added. */
export function rotating(requestPath: string, bodies: readonly string[], headers: () => Record<string, string> = () => ({})): RequestSpec[] {
  let i = 0;
  return [{
    method: 'POST',
    path: requestPath,
    setupRequest: (request) => ({ ...request, headers: { 'content-type': 'application/json', ...headers() }, body: bodies[i++ % bodies.length] as string }),
  }];
}

export const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const pct = (ratio: number): string => `${(ratio * 100).toFixed(1)} %`;

export function describeLoad(label: string, r: LoadResult): string {
  const bad = r.non2xx + r.errors + r.timeouts;
  const codes = Object.entries(r.statusCodes).map(([c, n]) => `${c}×${n}`).join(' ');
  return `${label}: ${fmt(r.requestsPerSecond)} req/s over ${r.seconds.toFixed(1)} s (${fmt(r.ok)} ok), latency p50 ${r.p50Ms} ms p99 ${r.p99Ms} ms, ` +
    `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}${bad > 0 ? `  [status ${codes}]` : ''}`;
}
