import type { Command } from 'commander';
import { registerAccountCommands } from '../accounts/account.cli.ts';
import { registerAuditCommands } from '../audit/audit.cli.ts';
import { registerDemoCommands } from '../demo/demo.cli.ts';
import { registerOrganizationCommands } from '../organizations/organization.cli.ts';
import { registerOpenApiCommand } from './openapi.ts';
import { registerServeCommands } from './serve.ts';

// Each bounded context adds its own subcommands here; they all call the same use cases as the API.
export function registerCommands(program: Command): void {
  registerServeCommands(program);
  registerOpenApiCommand(program);
  registerAuditCommands(program);
  registerOrganizationCommands(program);
  registerAccountCommands(program);
  registerDemoCommands(program);
}
