import { SessionTemplate } from '@regflow/domain';
import { SessionTemplateEntity } from './session-template.entity';

export interface SessionTemplateResponse extends SessionTemplate {
  readonly active: boolean;
}

export function toSessionTemplateResponse(template: SessionTemplateEntity): SessionTemplateResponse {
  const { id, registrarId, officeId, weekday, startTime, endTime, acceptedTypes, active } = template;
  return { id, registrarId, officeId, weekday, startTime, endTime, acceptedTypes, active };
}
