import type { ReactNode } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Logout, UserMenu } from 'react-admin';
import { ChangePasswordMenuItem } from './ChangePasswordMenuItem';
import { Menu } from './Menu';

/** The app bar: the page's title, and the user menu with the signed-in name, Change my password and Sign out. */
export function AppBar() {
  return (
    <RaAppBar
      userMenu={
        <UserMenu>
          <ChangePasswordMenuItem />
          <Logout />
        </UserMenu>
      }
    />
  );
}

/** `<Admin layout={Layout}>`: react-admin's layout with regflow's role-aware menu and user menu. */
export function Layout({ children }: { readonly children: ReactNode }) {
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
