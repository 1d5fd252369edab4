import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fieldProblemsOf, refusalOf, refusesTheTime } from './server-refusal';

const taken = 'that appointment time is no longer available: choose another';

describe(refusalOf.name, () => {
  it("reads the server's code and message from react-admin's HttpError", () => {
    const refusal = refusalOf(new HttpError(taken, 409, { statusCode: 409, code: 'slot-unavailable', message: taken }));

    expect(refusal).toEqual({ code: 'slot-unavailable', message: taken, fields: [] });
    expect(refusesTheTime(refusal)).toBe(true);
  });

  it('keeps the message of an error without a server answer', () => {
    const refusal = refusalOf(new Error('Failed to fetch'));

    expect(refusal).toEqual({ code: null, message: 'Failed to fetch', fields: [] });
    expect(refusesTheTime(refusal)).toBe(false);
  });

  it('places invalid-input problems on the form fields they belong to', () => {
    const body = {
      statusCode: 400,
      code: 'invalid-input',
      message: 'resident.phone must be a telephone number; eventDate must be a real date',
      fields: [
        { field: 'resident.phone', problems: ['resident.phone must be a telephone number'] },
        { field: 'eventDate', problems: ['eventDate must be a real date'] },
        { field: 'babies', problems: ['babies must be a whole number from 1 to 6'] },
      ],
    };

    expect(fieldProblemsOf(refusalOf(new HttpError(body.message, 400, body)))).toEqual({
      phone: 'resident.phone must be a telephone number',
      dateOfDeath: 'eventDate must be a real date',
    });
  });
});
