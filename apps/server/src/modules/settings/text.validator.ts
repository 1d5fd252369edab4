import { ValidateBy, ValidationOptions } from 'class-validator';

/** Text of 1 to `max` characters that is not only spaces: one check, so one message naming the field. */
export function IsText(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length <= max && /\S/.test(value),
        defaultMessage: (args) => `${args?.property} must be text of 1 to ${max} characters, not only spaces`,
      },
    },
    options,
  );
}
