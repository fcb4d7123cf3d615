import type { Command } from 'commander';
import { projectCommand } from './project-command.js';
import { explainCommand } from './explain-command.js';
import { pathwaysCommand, reskillCommand } from './reskill-command.js';
import { reportCommand } from './report-command.js';
import { planCommand } from './plan-command.js';
import { validateCommand } from './validate-command.js';
import { schemaCommand } from './schema-command.js';
import { initCommand } from './init-command.js';
import { generateCommand } from './generate-command.js';
import { organiseCommand } from './organise-command.js';
import { compareCommand } from './compare-command.js';
import { sensitivityCommand } from './sensitivity-command.js';
import { calibrateCommand } from './calibrate-command.js';
import { backtestCommand } from './backtest-command.js';

/** The registry of subcommands; main.ts adds each to the program in this order (the order of `spp --help`). */
export const commands: Array<() => Command> = [
  validateCommand,
  projectCommand,
  explainCommand,
  compareCommand,
  sensitivityCommand,
  reskillCommand,
  pathwaysCommand,
  organiseCommand,
  planCommand,
  reportCommand,
  initCommand,
  schemaCommand,
  generateCommand,
  calibrateCommand,
  backtestCommand,
];
