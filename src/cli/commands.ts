import type { Command } from 'commander';

// Each bounded context adds its own subcommands here; they all call the same use cases as the API.
export function registerCommands(program: Command): void {
  void program;
}
