import type { BlockResponse } from '@regflow/contracts';
import { blockRepresentation } from './block-form';

export { BlockFormFields } from './BlockFormFields';
export { toSaveBlockRequest, type BlockFormValues } from './block-form';

/** `<Resource name="blocks" {...blocks} />`: blocked time is managed in the diary (/diary). */
export const blocks = {
  recordRepresentation: (block: BlockResponse) => blockRepresentation(block),
};
