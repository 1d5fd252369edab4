/** The `regflow.account` messages. */
export const accountMessages = {
  account: {
    password: {
      title: 'Change my password',
      rules: 'Your new password must be %{min} to %{max} characters long. A few unrelated words together are easy to remember and hard to guess.',
      other_sessions: 'Changing it signs you out of regflow on every other device. You stay signed in here.',
      current: 'Current password',
      new: 'New password',
      new_hint: '%{min} to %{max} characters',
      repeat: 'Enter the new password again',
      submit: 'Change password',
      changed: 'Your password has been changed.',
      refused: 'Your password has not been changed: %{reason}',
      errors: {
        current_missing: 'Enter your current password',
        wrong_current: 'Your current password is not right. Enter the password you signed in with',
        new_missing: 'Enter a new password',
        too_short: 'Your new password must be %{min} characters or more',
        too_long: 'Your new password must be %{max} characters or fewer',
        repeat_missing: 'Enter your new password again',
        mismatch: 'The two new passwords do not match. Enter the same new password twice',
      },
    },
  },
} as const;
