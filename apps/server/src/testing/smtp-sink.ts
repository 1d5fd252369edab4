import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerDataStream } from 'smtp-server';

/** `'never'`, `'always'`, or refuse the next N messages and then accept. */
export type SmtpRefusal = 'never' | 'always' | number;

/** Where the sink says no: at RCPT TO (the recipient) or after DATA (the message). */
export interface SmtpRefusalReply {
  readonly at: 'rcpt' | 'data';
  /** 550 refuses for good, 451 asks the sender to try again later. */
  readonly code: number;
}

export interface SmtpSinkOptions {
  readonly refuse?: SmtpRefusal;
  readonly reply?: SmtpRefusalReply;
}

export interface SmtpSink {
  readonly url: string;
  /** Every accepted message, parsed, in the order it arrived; a message is here before its sender hears 250. */
  readonly received: ParsedMail[];
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  setRefusing(mode: SmtpRefusal, reply?: SmtpRefusalReply): void;
  close(): Promise<void>;
}

const DEFAULT_REPLY: SmtpRefusalReply = { at: 'rcpt', code: 550 };
/** Long enough for a loaded machine: the wait only bounds a test that would otherwise hang. */
const DEFAULT_WAIT_MS = 60_000;

function refusal(reply: SmtpRefusalReply): Error & { responseCode: number } {
  const text = reply.code >= 500 ? 'Mailbox unavailable (test sink refusing)' : 'Try again later (test sink refusing)';
  return Object.assign(new Error(text), { responseCode: reply.code });
}

function drain(stream: SMTPServerDataStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
    stream.resume();
  });
}

/**
 * A real SMTP server on 127.0.0.1 (no TLS, no authentication) that keeps what it is sent, and can
 * refuse messages to test what a sender does with a 550 or a 451.
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  let refusing: SmtpRefusal = options.refuse ?? 'never';
  let reply: SmtpRefusalReply = options.reply ?? DEFAULT_REPLY;

  /** Whether to refuse this message; a count of refusals is used up one message at a time. */
  function refuseNow(stage: SmtpRefusalReply['at']): boolean {
    if (reply.at !== stage || refusing === 'never') return false;
    if (refusing === 'always') return true;
    if (refusing <= 0) return false;
    refusing -= 1;
    return true;
  }

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 1_000,
    onRcptTo(_address, _session, callback) {
      callback(refuseNow('rcpt') ? refusal(reply) : null);
    },
    onData(stream, _session, callback) {
      if (refuseNow('data')) {
        drain(stream).then(() => callback(refusal(reply)), callback);
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          for (const wake of waiters) wake();
          callback(null);
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    waitFor(count, timeoutMs = DEFAULT_WAIT_MS) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve([...received]);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the SMTP sink received ${received.length} of ${count} messages in ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    setRefusing(mode, newReply) {
      refusing = mode;
      if (newReply) reply = newReply;
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
