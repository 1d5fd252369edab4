import { APPOINTMENT_TYPE_CODES } from '@regflow/contracts';

/** Each appointment type as a choice, named by `regflow.diary.types.<code>`. */
export const APPOINTMENT_TYPE_CHOICES = APPOINTMENT_TYPE_CODES.map((code) => ({ id: code, name: `regflow.diary.types.${code}` }));
