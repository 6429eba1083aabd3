// Where the server's time went: reads the .cpuprofile files `--cpu-prof` wrote and prints self
// time by package or source file, the top functions by self time, and inclusive time of the
// application's own functions (what a call costs with everything beneath it). When the benchmark
// left a window.json beside the profiles, only samples inside its measured run count.
//   node --import tsx bench/profile-summary.ts DIR_OR_FILE [--top 25]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The measured run, in microseconds of CLOCK_MONOTONIC, the clock V8 stamps samples with. */
export interface Window {
  from: number;
  to: number;
}

export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n);

/** Written by a benchmark beside the profiles so the summary leaves out start-up and warm-up. */
export function writeWindow(dir: string, window: Window): void {
  // Node creates the profile directory only when it writes the profile, at exit.
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'window.json'), JSON.stringify(window));
}

/** Groups a frame: a package, a source file of the project, Node itself, or V8's pseudo-frames. */
export function area(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const own = /\/((?:src|bench|test|bin)\/.+)$/.exec(url);
  if (own) return own[1] as string;
  if (url.startsWith('node:')) return 'node:' + (url.slice(5).split('/')[0] ?? '');
  return url;
}

export function summarise(profile: Profile, top: number, window?: Window): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (window && (at < window.from || at > window.to)) return;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const idle = [...self].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)').reduce((s, [, t]) => s + t, 0);
  const busy = total - idle;
  const frameKey = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${area(n.callFrame.url, n.callFrame.functionName)}:${n.callFrame.lineNumber + 1}`;

  const byArea = new Map<string, number>();
  const byFrame = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id) as ProfileNode;
    if (n.callFrame.functionName === '(idle)') continue;
    const a = area(n.callFrame.url, n.callFrame.functionName);
    byArea.set(a, (byArea.get(a) ?? 0) + t);
    byFrame.set(frameKey(n), (byFrame.get(frameKey(n)) ?? 0) + t);
    // Inclusive time of project functions: each sample counts once per distinct frame on its stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur) as ProfileNode;
      if (!/\/(src)\//.test(f.callFrame.url)) continue;
      const k = frameKey(f);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const table = (title: string, m: Map<string, number>) => [
    title,
    ...[...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => `  ${ms(t)}  ${k}`),
  ];
  return [
    `profile: ${(total / 1e6).toFixed(1)} s sampled${window ? ' in the measured run' : ''}, ${(busy / 1e6).toFixed(1)} s busy (percentages are of busy time)`,
    ...table('self time by package / file:', byArea),
    ...table('self time by function:', byFrame),
    ...table('inclusive time of project functions (src/):', inclusive),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const target = positionals[0];
  if (!target) throw new Error('usage: profile-summary.ts DIR_OR_FILE [--top N]');
  const windowFile = path.join(fs.statSync(target).isDirectory() ? target : path.dirname(target), 'window.json');
  const window = fs.existsSync(windowFile) ? (JSON.parse(fs.readFileSync(windowFile, 'utf8')) as Window) : undefined;
  const files = fs.statSync(target).isDirectory()
    ? fs.readdirSync(target).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(target, f))
    : [target];
  for (const file of files) {
    console.log(`== ${file}`);
    for (const line of summarise(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(values.top), window)) console.log(line);
  }
}
