import { ValidateBy, ValidationOptions } from 'class-validator';

const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r']);

/** Control characters other than tab and line breaks: never part of a name, an address or a note. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => {
    const code = character.charCodeAt(0);
    return (code < 0x20 || code === 0x7f) && !ALLOWED_CONTROLS.has(character);
  });
}

/** Text of 1 to `max` characters that is not only spaces and holds no control characters: one check, so one message naming the field. */
export function IsText(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length <= max && /\S/.test(value) && !hasControlCharacter(value),
        defaultMessage: (args) => `${args?.property} must be text of 1 to ${max} characters, not only spaces, with no control characters`,
      },
    },
    options,
  );
}
