import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RequestResponse } from '@regflow/contracts';
import { RequestEdit } from './RequestEdit';
import { RequestList } from './RequestList';

/** `<Resource name="requests" {...requests} />`. */
export const requests = {
  list: RequestList,
  edit: RequestEdit,
  icon: AssignmentIcon,
  recordRepresentation: (request: RequestResponse) => request.reference ?? request.serviceDay,
};
