import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import type { SuspensionResponse } from '@regflow/contracts';
import { SuspensionCreate, SuspensionEdit, SuspensionList } from './SuspensionPages';

/** `<Resource name="suspensions" {...suspensions} />`: online booking of a type paused for some days. */
export const suspensions = {
  list: SuspensionList,
  create: SuspensionCreate,
  edit: SuspensionEdit,
  icon: PauseCircleIcon,
  recordRepresentation: (suspension: SuspensionResponse) => `${suspension.typeCode} ${suspension.fromDay}–${suspension.toDay}`,
};
