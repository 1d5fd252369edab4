export const STAFF_ROLES = ['registrar', 'superintendent-registrar', 'manager', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is signed in, with their roles: `POST /api/auth/login`, `PUT /api/auth/password` and `GET /api/auth/me`. */
export interface SignedInStaffResponse {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly StaffRole[];
}

/** A member of staff as other staff see them: never the password hash. */
export interface StaffResponse {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly StaffRole[];
  readonly active: boolean;
  readonly officeIds: readonly string[];
}

export interface SaveStaffRequest {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly StaffRole[];
  readonly officeIds: readonly string[];
  readonly active?: boolean;
  /** 12 to 200 characters; only ever stored as an argon2id hash. */
  readonly password?: string;
}

export type ActorKind = 'staff' | 'resident' | 'system';

export interface AuditEntryResponse {
  readonly id: string;
  readonly actorKind: ActorKind;
  readonly actorId: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly changes: Record<string, unknown>;
  readonly at: string;
}
