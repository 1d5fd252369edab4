import { defaultLightTheme, RaThemeOptions } from 'react-admin';

/** react-admin's light theme with an app bar dark enough for white text (WCAG AA, 4.5:1). */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    secondary: { main: '#1565c0', contrastText: '#fff' },
  },
};
