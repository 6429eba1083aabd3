import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openContext } from '../app.ts';
import { type VerifyResult, verifyChains } from './verify-chains.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Check the tamper-evident event log');
  audit
    .command('verify')
    .description('Recompute every event hash, follow the per-petition and global chains, compare with the recorded head')
    .action(async () => {
      const ctx = await openContext();
      try {
        const result = await verifyWithProgress(ctx.database);
        process.stdout.write(summary(result, ctx.database.location));
        if (!result.ok) process.exitCode = 1;
      } finally {
        await ctx.close();
      }
    });
}

async function verifyWithProgress(database: Parameters<typeof verifyChains>[0]): Promise<VerifyResult> {
  // A bar only for a person watching; logs and pipes get the summary alone.
  if (!process.stdout.isTTY) return verifyChains(database);
  const bar = new cliProgress.SingleBar(
    { format: 'verifying [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left', stream: process.stdout, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0);
  try {
    return await verifyChains(database, {
      onProgress: (checked, total) => {
        bar.setTotal(total);
        bar.update(checked);
      },
    });
  } finally {
    bar.stop();
  }
}

export function summary(result: VerifyResult, location: string): string {
  const lines = [`Event log at ${location}: ${result.checked} events checked.`];
  lines.push(`Chain head: event ${result.head.eventId}, hash ${result.head.hash}`);
  if (result.ok) {
    lines.push('OK: every event matches its hash and both chains are complete.');
  } else {
    const count = result.problems.length + result.omitted;
    lines.push(`FAILED: ${count} problem${count === 1 ? '' : 's'} found.`);
    for (const p of result.problems) lines.push(`  [${p.kind}] ${p.message}`);
    if (result.omitted > 0) lines.push(`  … and ${result.omitted} more not listed.`);
  }
  return `${lines.join('\n')}\n`;
}
