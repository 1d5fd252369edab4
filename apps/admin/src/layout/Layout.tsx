import { CircularProgress, Theme, useMediaQuery } from '@mui/material';
import { ReactNode, useEffect } from 'react';
import {
  AppBar as RaAppBar,
  Layout as RaLayout,
  Logout,
  RefreshIconButton,
  ToggleThemeButton,
  useLoading,
  UserMenu,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { ChangePasswordMenuItem } from './ChangePasswordMenuItem';
import { Menu } from './Menu';

/** Refresh, or while anything loads a spinner with a name a screen reader can say (react-admin's has none). */
function LoadingIndicator() {
  const loading = useLoading();
  const translate = useTranslate();
  if (!loading) return <RefreshIconButton />;
  return <CircularProgress color="inherit" size={16} thickness={6} aria-label={translate('ra.page.loading')} sx={{ mx: 1.5 }} />;
}

/** The app bar: the page's title, and the user menu with the signed-in name, Change my password and Sign out. */
export function AppBar() {
  return (
    <RaAppBar
      toolbar={
        <>
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
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
