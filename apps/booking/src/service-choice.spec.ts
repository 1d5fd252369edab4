import { readServiceChoice, SERVICE_CHOICE_REQUIRED } from './service-choice';

describe(readServiceChoice.name, () => {
  it.each([
    ['a missing body', undefined],
    ['no answer', {}],
    ['an empty answer', { type: '' }],
    ['a type that cannot be booked online', { type: 'ceremony' }],
    ['a repeated field', { type: ['birth', 'death'] }],
  ])('asks for a choice given %s', (_case, body) => {
    expect(readServiceChoice(body)).toEqual({ error: SERVICE_CHOICE_REQUIRED });
  });

  it.each(['birth', 'still-birth', 'death', 'notice'])('accepts %s', (code) => {
    expect(readServiceChoice({ type: code }).service?.code).toBe(code);
  });
});
