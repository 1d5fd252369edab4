import { Admin, AuthProvider, CustomRoutes } from 'react-admin';
import { authProvider as serverAuthProvider } from './auth/auth-provider';
import { SignInPage } from './auth/SignInPage';
import { Dashboard } from './dashboard/Dashboard';
import { defaultHealthLoader, HealthLoader, HealthLoaderContext } from './dashboard/health-loader';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { lightTheme } from './theme';

export interface AppProps {
  readonly loadHealth?: HealthLoader;
  readonly authProvider?: AuthProvider;
}

export function App({ loadHealth = defaultHealthLoader, authProvider = serverAuthProvider }: AppProps) {
  return (
    <HealthLoaderContext value={loadHealth}>
      <Admin
        title="regflow"
        authProvider={authProvider}
        requireAuth
        loginPage={SignInPage}
        dataProvider={dataProvider}
        i18nProvider={i18nProvider}
        lightTheme={lightTheme}
        dashboard={Dashboard}
        disableTelemetry
      >
        {/* ra-core shows its "Ready" welcome page instead of the dashboard while an Admin has no
            Resource and no CustomRoutes; this empty one stands in until the first resource. */}
        <CustomRoutes>{[]}</CustomRoutes>
      </Admin>
    </HealthLoaderContext>
  );
}
