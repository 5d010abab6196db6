// A real SMTP server on a free local port that keeps every mail it receives (envelope recipients and raw data), for
// tests of what Mamori actually sends. `refuse` makes it reject mail to chosen recipients (a server's refusal).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly to: string[];
  readonly data: string;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, for MAMORI_SMTP_URL or smtpMailer. */
  readonly url: string;
  readonly mail: ReceivedMail[];
  /** Recipients whose RCPT TO the server refuses from now on. */
  readonly refuse: Set<string>;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const mail: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      callback(refuse.has(address.address) ? new Error('mailbox unavailable') : undefined);
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mail,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Subject header of a raw mail, unfolded and with its RFC 2047 encoded words (B and Q) decoded. */
export function mailSubject(raw: string): string {
  const headers = raw.slice(0, Math.max(0, raw.search(/\r?\n\r?\n/))).replace(/\r?\n[ \t]+/g, ' ');
  const value = (/^subject:[ \t]*(.*)$/im.exec(headers)?.[1] ?? '').replace(/\?=\s+=\?/g, '?==?');
  // Bytes first, text after: a character may be split across two adjacent encoded words.
  const bytes: Buffer[] = [];
  let rest = value;
  for (
    let word = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/.exec(rest);
    word;
    word = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/.exec(rest)
  ) {
    bytes.push(Buffer.from(rest.slice(0, word.index), 'utf8'));
    const [, encoding = 'B', text = ''] = word;
    bytes.push(
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            'latin1',
          ),
    );
    rest = rest.slice(word.index + word[0].length);
  }
  bytes.push(Buffer.from(rest, 'utf8'));
  return Buffer.concat(bytes).toString('utf8');
}
