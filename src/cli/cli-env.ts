import { type OpenedContext, openContext } from '../app.ts';
import { AppError, type Message } from '../platform/errors.ts';

/** What a command needs from the outside world; tests pass their own context and capture output. */
export interface CliEnv {
  open(): Promise<OpenedContext>;
  print(line: string): void;
  printError(line: string): void;
}

export const processEnv: CliEnv = {
  open: () => openContext(),
  print: (line) => process.stdout.write(`${line}\n`),
  printError: (line) => process.stderr.write(`${line}\n`),
};

/** Chinese unless the terminal's locale is English. */
export const cliText = (message: Message): string => (/^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? message.en : message.zh);

/**
 * Opens the context, runs the work, closes the context. A user-facing error (AppError) prints its
 * message and any per-line problems, and sets exit code 1; anything else propagates.
 */
export async function withContext(env: CliEnv, work: (ctx: OpenedContext) => Promise<void>): Promise<void> {
  const ctx = await env.open();
  try {
    await work(ctx);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    env.printError(cliText(error.text));
    const problems = (error.details as { problems?: { line: number; message: Message }[] } | undefined)?.problems ?? [];
    for (const p of problems) env.printError(`  ${cliText({ zh: `第 ${p.line} 行`, en: `line ${p.line}` })}: ${cliText(p.message)}`);
    process.exitCode = 1;
  } finally {
    await ctx.close();
  }
}
