import { Command } from 'commander';
import { registerCommands } from './commands.ts';

const program = new Command('redress').description('Redress — 信访事项办理系统 (petitions and grievances)').showHelpAfterError();
registerCommands(program);
await program.parseAsync(process.argv);
