import { toOnlineServices } from './online-services';
import { readServiceChoice, SERVICE_CHOICE_REQUIRED } from './service-choice';

const services = toOnlineServices(
  (['birth', 'still-birth', 'death', 'notice'] as const).map((code) => ({
    code,
    name: code,
    targetWorkingDays: 5,
    durationMinutes: 30,
    modes: ['face-to-face'],
    documentsToBring: [],
    suspendedMessage: null,
  })),
);

describe(readServiceChoice.name, () => {
  it.each([
    ['a missing body', undefined],
    ['no answer', {}],
    ['an empty answer', { type: '' }],
    ['a type that cannot be booked online', { type: 'ceremony' }],
    ['a repeated field', { type: ['birth', 'death'] }],
  ])('asks for a choice given %s', (_case, body) => {
    expect(readServiceChoice(body, services)).toEqual({ error: SERVICE_CHOICE_REQUIRED });
  });

  it.each(['birth', 'still-birth', 'death', 'notice'])('accepts %s', (code) => {
    expect(readServiceChoice({ type: code }, services).service?.code).toBe(code);
  });

  it('refuses a type that is not open online now', () => {
    expect(readServiceChoice({ type: 'notice' }, services.filter((service) => service.code !== 'notice'))).toEqual({ error: SERVICE_CHOICE_REQUIRED });
  });
});
