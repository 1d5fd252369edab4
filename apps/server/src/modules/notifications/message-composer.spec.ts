import { renderMessage } from '@regflow/domain';
import { DataSource } from 'typeorm';
import { Links } from '../../common/links/links';
import { UnitOfWork } from '../../common/unit-of-work';
import { MessageComposer } from './message-composer';
import { MessageKindRegistry } from './message-kinds';
import { MessageEntity } from './message.entity';

function message(fields: Pick<MessageEntity, 'kind' | 'audience' | 'subject'>): MessageEntity {
  const at = new Date('2022-07-01T08:00:00Z');
  return Object.assign(new MessageEntity(), {
    id: 'message-1',
    key: `test-${fields.kind}`,
    channel: 'email',
    recipient: 'someone@example.org',
    appointmentId: null,
    status: 'queued',
    dueAt: at,
    attempts: 0,
    lastError: null,
    sentAt: null,
    createdAt: at,
    ...fields,
  });
}

describe(MessageComposer.name, () => {
  let kinds: MessageKindRegistry;
  let composer: MessageComposer;

  beforeEach(() => {
    kinds = new MessageKindRegistry();
    const unitOfWork = new UnitOfWork(new DataSource({ type: 'sqlite', database: ':memory:' }));
    composer = new MessageComposer(unitOfWork, kinds, new Links({ publicBaseUrl: 'https://regflow.example' }));
  });

  it('writes a kind with the composer the feature registered, with no change to notifications', async () => {
    kinds.register(['ceremony-reminder'], { compose: async (_manager, planned) => renderMessage(`Your ceremony: ${planned.subject}`, []) });

    const composed = await composer.compose(message({ kind: 'ceremony-reminder', audience: 'resident', subject: 'Saturday' }));

    expect(composed?.subject).toBe('Your ceremony: Saturday');
  });

  it('passes on a registered composer finding the message obsolete', async () => {
    kinds.register(['ceremony-reminder'], { compose: async () => null });
    expect(await composer.compose(message({ kind: 'ceremony-reminder', audience: 'resident', subject: null }))).toBeNull();
  });

  it('sends staff a note of a kind nobody registered: its subject and a link to regflow', async () => {
    const composed = await composer.compose(message({ kind: 'capacity', audience: 'staff', subject: 'Birth registration: no free appointment' }));

    expect(composed?.subject).toBe('Birth registration: no free appointment');
    expect(composed?.text).toContain('Open regflow: https://regflow.example/admin/');
  });

  it('refuses to guess the wording of a resident message nobody registered', async () => {
    await expect(composer.compose(message({ kind: 'ceremony-reminder', audience: 'resident', subject: null }))).rejects.toThrow(
      /no composer is registered for ceremony-reminder messages/,
    );
  });
});

describe(MessageKindRegistry.name, () => {
  it('refuses a kind two features both claim', () => {
    const kinds = new MessageKindRegistry();
    kinds.register(['confirmation'], { compose: async () => null });
    expect(() => kinds.register(['confirmation'], { compose: async () => null })).toThrow(/message kind confirmation is registered twice/);
  });
});
