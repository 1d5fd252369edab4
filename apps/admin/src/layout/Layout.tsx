import { Theme, useMediaQuery } from '@mui/material';
import { ReactNode, useEffect } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, Logout, UserMenu, useSidebarState } from 'react-admin';
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

/** On a tablet the menu starts folded to its icons, leaving the screen to the page; the menu button unfolds it. */
function useMenuFoldedOnTablets() {
  const tablet = useMediaQuery<Theme>((theme) => theme.breakpoints.down('lg'));
  const [, setOpen] = useSidebarState();
  useEffect(() => {
    if (tablet) setOpen(false);
  }, [tablet, setOpen]);
}

/** `<Admin layout={Layout}>`: react-admin's layout with regflow's role-aware menu and user menu. */
export function Layout({ children }: { readonly children: ReactNode }) {
  useMenuFoldedOnTablets();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
