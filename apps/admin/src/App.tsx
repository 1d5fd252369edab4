import { lazy, ReactNode, Suspense } from 'react';
import { AccessDenied, Admin, AuthProvider, CanAccess, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { ChangePasswordPage } from './account/ChangePasswordPage';
import { authProvider as serverAuthProvider } from './auth/auth-provider';
import { SignInPage } from './auth/SignInPage';
import { BookByPhonePage } from './book-by-phone/BookByPhonePage';
import { Dashboard } from './dashboard/Dashboard';
import { defaultHealthLoader, HealthLoader, HealthLoaderContext } from './dashboard/health-loader';
import { dataProvider } from './data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { Layout } from './layout/Layout';
import { alerts } from './resources/alerts';
import { appointments } from './resources/appointments';
import { audit } from './resources/audit';
import { blocks } from './resources/blocks';
import { messages } from './resources/messages';
import { requests } from './resources/requests';
import { sessions } from './resources/sessions';
import { suspensions } from './resources/suspensions';
import { lightTheme } from './theme';
import { TodayPage } from './today/TodayPage';

/** The calendar and its drag and drop load only when someone opens the diary. */
const DiaryPage = lazy(async () => ({ default: (await import('./diary/DiaryPage')).DiaryPage }));

export interface AppProps {
  readonly loadHealth?: HealthLoader;
  readonly authProvider?: AuthProvider;
}

/** A page of its own (not a resource), shown to the roles the access rules give it. */
function PageFor({ page, children }: { readonly page: string; readonly children: ReactNode }) {
  return (
    <CanAccess resource={page} action="list" accessDenied={<AccessDenied />}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </CanAccess>
  );
}

export function App({ loadHealth = defaultHealthLoader, authProvider = serverAuthProvider }: AppProps) {
  return (
    <HealthLoaderContext value={loadHealth}>
      <Admin
        title="regflow"
        layout={Layout}
        authProvider={authProvider}
        requireAuth
        loginPage={SignInPage}
        dataProvider={dataProvider}
        i18nProvider={i18nProvider}
        lightTheme={lightTheme}
        dashboard={Dashboard}
        disableTelemetry
      >
        <Resource name="appointments" {...appointments} />
        <Resource name="requests" {...requests} />
        <Resource name="messages" {...messages} />
        <Resource name="alerts" {...alerts} />
        <Resource name="audit" {...audit} />
        <Resource name="suspensions" {...suspensions} />
        <Resource name="sessions" {...sessions} />
        <Resource name="blocks" {...blocks} />
        <CustomRoutes>
          <Route path="/account/password" element={<ChangePasswordPage />} />
          <Route path="/today" element={<PageFor page="today"><TodayPage /></PageFor>} />
          <Route path="/diary" element={<PageFor page="diary"><DiaryPage /></PageFor>} />
          <Route path="/book" element={<PageFor page="book-by-phone"><BookByPhonePage /></PageFor>} />
        </CustomRoutes>
      </Admin>
    </HealthLoaderContext>
  );
}
