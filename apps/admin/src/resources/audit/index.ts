import HistoryIcon from '@mui/icons-material/History';
import type { AuditEntryResponse } from '@regflow/contracts';
import { AuditList } from './AuditList';

export { AuditTrail } from './AuditTrail';

/** `<Resource name="audit" {...audit} />`: managers and admins. */
export const audit = {
  list: AuditList,
  icon: HistoryIcon,
  recordRepresentation: (entry: AuditEntryResponse) => `${entry.entity} ${entry.action}`,
};
