import type { BlockResponse, SaveBlockRequest } from '@regflow/contracts';
import { formatCivilDay } from '../../dates/london';

export interface BlockFormValues {
  readonly sessionId?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly reason?: string;
}

/** Only what the API takes. */
export function toSaveBlockRequest(values: BlockFormValues): SaveBlockRequest {
  return { sessionId: values.sessionId ?? '', startTime: values.startTime ?? '', endTime: values.endTime ?? '', reason: (values.reason ?? '').trim() };
}

/** "Mon 6 Jul 10:00–11:00: training": how other screens name blocked time. */
export function blockRepresentation(block: Pick<BlockResponse, 'day' | 'startTime' | 'endTime' | 'reason'>): string {
  return `${formatCivilDay(block.day, 'short-day')} ${block.startTime}–${block.endTime}: ${block.reason}`;
}
