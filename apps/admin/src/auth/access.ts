import { STAFF_ROLES, StaffRole } from '@regflow/contracts';

/**
 * What can be done to a resource: react-admin's own actions, `export` (the CSV download) and
 * `resend` (a message). A page that is no resource (`today`, `diary`, `book-by-phone`) is opened with `list`.
 */
export type AccessAction = 'list' | 'show' | 'export' | 'create' | 'edit' | 'delete' | 'resend';

type Rules = Readonly<Partial<Record<AccessAction, readonly StaffRole[]>>>;

const EVERYONE = STAFF_ROLES;
/** Who may book for residents, keep a diary and record what happened to a request. */
const REGISTRARS_AND_MANAGERS: readonly StaffRole[] = ['registrar', 'superintendent-registrar', 'manager'];
const MANAGERS_AND_ADMINS: readonly StaffRole[] = ['manager', 'admin'];
const ADMINS: readonly StaffRole[] = ['admin'];

const readBy = (roles: readonly StaffRole[]): Rules => ({ list: roles, show: roles, export: roles });
const changedBy = (roles: readonly StaffRole[]): Rules => ({ create: roles, edit: roles, delete: roles });

/**
 * The one table of who may do what, mirroring the server's `@StaffOnly` rules so that menus,
 * routes and buttons offer only what the server would allow. Rules that depend on the record (a
 * registrar changes only their own diary) are the server's: the screens show its refusal.
 * A resource or action not in the table is refused.
 */
export const ACCESS_RULES: Readonly<Record<string, Rules>> = {
  today: { list: REGISTRARS_AND_MANAGERS },
  diary: { list: REGISTRARS_AND_MANAGERS },
  'book-by-phone': { list: REGISTRARS_AND_MANAGERS },

  appointments: { ...readBy(EVERYONE), create: REGISTRARS_AND_MANAGERS, edit: EVERYONE },
  requests: { ...readBy(EVERYONE), edit: REGISTRARS_AND_MANAGERS },
  messages: { ...readBy(EVERYONE), resend: EVERYONE },
  alerts: { ...readBy(EVERYONE), edit: EVERYONE },
  audit: readBy(MANAGERS_AND_ADMINS),

  sessions: { ...readBy(EVERYONE), ...changedBy(EVERYONE) },
  blocks: { ...readBy(EVERYONE), ...changedBy(EVERYONE) },
  'session-templates': { ...readBy(EVERYONE), ...changedBy(MANAGERS_AND_ADMINS) },
  staff: { ...readBy(EVERYONE), create: ADMINS, edit: ADMINS },
  offices: { ...readBy(EVERYONE), ...changedBy(MANAGERS_AND_ADMINS) },
  'appointment-types': { ...readBy(EVERYONE), edit: MANAGERS_AND_ADMINS },
  closures: { ...readBy(EVERYONE), ...changedBy(MANAGERS_AND_ADMINS) },
  'office-closures': { ...readBy(EVERYONE), ...changedBy(MANAGERS_AND_ADMINS) },
  suspensions: { ...readBy(EVERYONE), ...changedBy(MANAGERS_AND_ADMINS) },
  compliance: { ...readBy(['superintendent-registrar', ...MANAGERS_AND_ADMINS]), edit: MANAGERS_AND_ADMINS },
};

/** The roles that keep a diary of their own: residents are booked with them. */
const DIARY_KEEPERS: readonly StaffRole[] = ['registrar', 'superintendent-registrar'];

/** Whether someone holding `roles` keeps a diary of their own. */
export function keepsDiary(roles: readonly StaffRole[]): boolean {
  return roles.some((role) => DIARY_KEEPERS.includes(role));
}

/**
 * Whether someone holding `roles` looks after every registrar's diary, and chooses whose to show:
 * managers and admins, whom the server (`mayEditDiaryOf`) lets change any diary.
 */
export function seesEveryDiary(roles: readonly StaffRole[]): boolean {
  return roles.some((role) => MANAGERS_AND_ADMINS.includes(role));
}

/** Whether someone holding `roles` may do `action` to `resource`. */
export function mayAccess(roles: readonly StaffRole[], resource: string, action: string): boolean {
  if (!Object.hasOwn(ACCESS_RULES, resource)) return false;
  const rules = ACCESS_RULES[resource];
  const allowed = Object.hasOwn(rules, action) ? rules[action as AccessAction] : undefined;
  return allowed !== undefined && roles.some((role) => allowed.includes(role));
}
