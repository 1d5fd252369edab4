import { choicesOf } from '../shared/choices';

export const ENTITY_MESSAGES = 'regflow.lists.audit.entities';
export const ACTION_MESSAGES = 'regflow.lists.audit.actions';
export const ACTOR_KIND_MESSAGES = 'regflow.lists.audit.actor_kinds';

/** What the server records changes to (`entity` of an audit entry). */
const ENTITIES = [
  'appointment',
  'request',
  'message',
  'session',
  'block',
  'session-template',
  'session-templates',
  'office',
  'office-closure',
  'service-closure',
  'appointment-type',
  'suspension',
  'staff',
] as const;

const ACTIONS = ['booked', 'rescheduled', 'updated', 'status-undone', 'cancelled', 'created', 'deleted', 'generated', 'resent'] as const;

export const ENTITY_CHOICES = choicesOf(ENTITIES, ENTITY_MESSAGES);
export const ACTION_CHOICES = choicesOf(ACTIONS, ACTION_MESSAGES);
export const ACTOR_KIND_CHOICES = choicesOf(['staff', 'resident', 'system'], ACTOR_KIND_MESSAGES);

/** The screens that show an audited record, by its `entity`. */
export const SCREENS_OF_ENTITIES: Readonly<Record<string, { readonly resource: string; readonly type: 'show' | 'edit' }>> = {
  appointment: { resource: 'appointments', type: 'show' },
  request: { resource: 'requests', type: 'edit' },
};
