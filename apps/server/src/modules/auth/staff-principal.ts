import { StaffRole } from '@regflow/contracts';

/** The signed-in member of staff, as guards and services see them. */
export interface StaffPrincipal {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly StaffRole[];
}

export function hasAnyRole(principal: StaffPrincipal, roles: readonly StaffRole[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}

/** Managers and admins may change any diary; registrars only their own. */
export function mayEditDiaryOf(principal: StaffPrincipal, registrarId: string): boolean {
  return principal.id === registrarId || hasAnyRole(principal, ['manager', 'admin']);
}
