import { registerAs } from '@nestjs/config';
import { readEnvironment } from './environment';

export interface WorkflowConfig {
  /** How often the outbox is read for due jobs; 0 turns the loop off (tests drive it). */
  readonly outboxPollMs: number;
  readonly messageAttempts: number;
  /** The first retry's delay; each later one doubles it. */
  readonly messageRetryDelayMs: number;
}

export const workflowConfig = registerAs('workflow', (): WorkflowConfig => {
  const environment = readEnvironment(process.env);
  return {
    outboxPollMs: environment.OUTBOX_POLL_MS,
    messageAttempts: environment.MESSAGE_ATTEMPTS,
    messageRetryDelayMs: environment.MESSAGE_RETRY_DELAY_MS,
  };
});
