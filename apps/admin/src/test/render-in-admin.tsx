import type { StaffRole } from '@regflow/contracts';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, AuthProvider, DataProvider, memoryStore, testDataProvider } from 'react-admin';
import { mayAccess } from '../auth/access';
import { i18nProvider } from '../i18n/i18n-provider';

export interface AdminRenderOptions {
  readonly dataProvider?: Partial<DataProvider> & Record<string, unknown>;
  readonly roles?: readonly StaffRole[];
  readonly staff?: { readonly id: string; readonly name: string };
  /** Apply the access table (auth/access.ts) to `roles`, as the app does; without it every action is allowed. */
  readonly accessRules?: boolean;
  /** Who may do what, in place of the access table: for a rule the table does not (yet) have. */
  readonly canAccess?: (resource: string, action: string) => boolean;
}

/** A screen inside react-admin's contexts, signed in with `roles`, over a data provider the test gives. */
export function renderInAdmin(
  ui: ReactNode,
  { dataProvider = {}, roles = ['registrar'], staff = { id: 'staff-amrit', name: 'Amrit Kaur' }, accessRules = false, canAccess }: AdminRenderOptions = {},
) {
  const mayDo = canAccess ?? (accessRules ? (resource: string, action: string) => mayAccess(roles, resource, action) : undefined);
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getIdentity: async () => ({ id: staff.id, fullName: staff.name }),
    getPermissions: async () => roles,
    ...(mayDo ? { canAccess: async ({ resource, action }) => mayDo(resource, action) } : {}),
  };
  // Its own address and store: react-admin keeps a list's filters in both, and they would leak into the next test.
  window.history.replaceState(null, '', '/');
  return render(
    <AdminContext dataProvider={testDataProvider(dataProvider as Partial<DataProvider>)} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      {ui}
    </AdminContext>,
  );
}
