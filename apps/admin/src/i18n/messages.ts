import englishMessages from 'ra-language-english';
import { accountMessages } from '../account/account.messages';
import { bookByPhoneMessages } from '../book-by-phone/book-by-phone.messages';
import { diaryMessages } from '../diary/diary.messages';
import { layoutMessages } from '../layout/layout.messages';
import { listMessages } from '../resources/lists.messages';
import { resourceNameMessages } from '../resources/resource-names.messages';
import { todayMessages } from '../today/today.messages';

/** Every string regflow shows; react-admin's own strings come from ra-language-english. */
export const regflowEnglishMessages = {
  regflow: {
    auth: {
      title: 'Sign in to regflow',
      email: 'Email address',
      wrong_credentials: 'The email address or password is wrong. Check both and try again.',
      unreachable: 'The regflow server cannot be reached. Check your connection, then try again.',
    },
    dashboard: {
      title: 'Dashboard',
      system_status: {
        title: 'System status',
        checking: 'Checking the system…',
        all_up: 'Everything is working.',
        some_down: 'Something is not working. Some pages or reminders may fail until it is fixed.',
        unreachable: 'The regflow server cannot be reached. Check your connection, then check again.',
        check_again: 'Check again',
        components: {
          database: 'Database',
          redis: 'Job queue (Redis)',
        },
        states: {
          up: 'Up',
          down: 'Down',
          unknown: 'Unknown',
        },
      },
    },
    ...accountMessages,
    ...bookByPhoneMessages,
    ...diaryMessages,
    ...layoutMessages,
    ...listMessages,
    ...todayMessages,
  },
  resources: resourceNameMessages,
} as const;

export const messages = {
  ...englishMessages,
  ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, logout: 'Sign out' } },
  ...regflowEnglishMessages,
};
