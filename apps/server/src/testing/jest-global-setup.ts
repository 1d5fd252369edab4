import { randomBytes } from 'node:crypto';
import { TEST_RUN_VARIABLE } from './test-run';

/** Gives the run one id, inherited by every worker process, under which its shared templates are kept. */
function globalSetup(): void {
  process.env[TEST_RUN_VARIABLE] ??= randomBytes(4).toString('hex');
}

// Jest calls what the file exports, as CommonJS: not a named export.
export = globalSetup;
