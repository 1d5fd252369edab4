import { RequestResponse } from '@regflow/contracts';

export type { RequestResponse };

