import { SessionTemplateResponse } from '@regflow/contracts';
import { SessionTemplateEntity } from './session-template.entity';

export type { SessionTemplateResponse };

export function toSessionTemplateResponse(template: SessionTemplateEntity): SessionTemplateResponse {
  const { id, registrarId, officeId, weekday, startTime, endTime, acceptedTypes, active } = template;
  return { id, registrarId, officeId, weekday, startTime, endTime, acceptedTypes, active };
}
