import { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { PasswordHasher } from '../common/security/password-hasher';
import { StaffDirectory } from '../modules/staff/staff-directory.service';
import { CliInputError } from './cli-error';
import { withDataSource } from './with-data-source';

/** A one-time password: 16 characters, 96 random bits. */
function oneTimePassword(): string {
  return randomBytes(12).toString('base64url');
}

export function staffCommand(print: (line: string) => void): Command {
  return new Command('staff').description("staff accounts from the server's command line").addCommand(
    new Command('reset-password')
      .description('apply pending migrations, then give a member of staff a new one-time password, printed once; their sessions end')
      .argument('<email>', 'the email they sign in with')
      .action((email: string) =>
        withDataSource(async (dataSource) => {
          await dataSource.runMigrations({ transaction: 'each' });
          const staff = new StaffDirectory();
          const member = await staff.findByEmail(dataSource.manager, email.trim().toLowerCase());
          if (!member) throw new CliInputError(`no member of staff signs in with ${email}: check the address (GET /api/staff lists them)`);
          const password = oneTimePassword();
          const passwordHash = await new PasswordHasher().hash(password);
          await dataSource.transaction((manager) => staff.setPassword(manager, member.id, passwordHash));
          print(`${member.name} (${member.email}) now signs in with: ${password}`);
          print('Give it to them privately and ask them to change it at once (PUT /api/auth/password).');
        }),
      ),
  );
}
