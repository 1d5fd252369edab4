import { SignedInStaffResponse, StaffRole } from '@regflow/contracts';

/** The signed-in member of staff, as guards and services see them and as `/api/auth` answers. */
export type StaffPrincipal = SignedInStaffResponse;

export function hasAnyRole(principal: StaffPrincipal, roles: readonly StaffRole[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}

/** Managers and admins: they may change any diary (registrars only their own) and resend any message. */
export const MANAGING_ROLES: readonly StaffRole[] = ['manager', 'admin'];

export function mayEditDiaryOf(principal: StaffPrincipal, registrarId: string): boolean {
  return principal.id === registrarId || hasAnyRole(principal, MANAGING_ROLES);
}
