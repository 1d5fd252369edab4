import { isEmailAddress, RESIDENT_NAME_MAX_LENGTH, RESIDENT_NAME_PATTERN, TELEPHONE_NUMBER_PATTERN } from '@regflow/contracts';
import type { ResidentContact } from '../booking-port';
import type { FieldError, FormFields } from './answers';
import type { DetailsForm } from './journey-pages';


export type ReadDetails = { readonly resident: ResidentContact; readonly errors?: undefined } | { readonly resident?: undefined; readonly errors: readonly FieldError[] };

export function detailsForm(fields: FormFields): DetailsForm {
  return { name: (fields.name ?? '').trim(), email: (fields.email ?? '').trim(), phone: (fields.phone ?? '').trim() };
}

/**
 * The resident's name and how to reach them: a name in any script; an email or (when text
 * messages can be sent) a mobile number, at least one; a telephone number for a telephone appointment.
 */
export function readDetails(form: DetailsForm, rules: { byTelephone: boolean; textMessages: boolean }): ReadDetails {
  const errors: FieldError[] = [];
  const fail = (field: keyof DetailsForm, text: string) => errors.push({ text, href: `#${field}` });
  if (form.name === '') fail('name', 'Enter your full name');
  else if (form.name.length > RESIDENT_NAME_MAX_LENGTH) fail('name', `Full name must be ${RESIDENT_NAME_MAX_LENGTH} characters or fewer`);
  else if (!RESIDENT_NAME_PATTERN.test(form.name)) fail('name', 'Full name must only include letters, spaces, hyphens, apostrophes and full stops');

  if (form.email !== '' && !isEmailAddress(form.email)) fail('email', 'Enter an email address in the correct format, like name@example.com');
  if (form.email === '' && !rules.textMessages) fail('email', 'Enter your email address');

  if (form.phone !== '' && !TELEPHONE_NUMBER_PATTERN.test(form.phone)) fail('phone', 'Enter a telephone number, like 01632 960 001 or 07700 900 982');
  else if (form.phone === '' && rules.byTelephone) fail('phone', 'Enter a telephone number so the registrar can call you');
  else if (form.phone === '' && form.email === '' && rules.textMessages) fail('email', 'Enter an email address or a mobile number');

  if (errors.length) return { errors };
  return { resident: { name: form.name, ...(form.email ? { email: form.email } : {}), ...(form.phone ? { phone: form.phone } : {}) } };
}
