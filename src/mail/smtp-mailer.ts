import nodemailer from 'nodemailer';
import type { Mailer } from '../app/requests/request-deps.ts';

/** Sends mail over SMTP (MAMORI_SMTP_URL, e.g. `smtp://user:pass@mail.example.jp:587`); the URL is never logged. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/** The mailer the environment configures, or none (electronic replies are then sent without an e-mail). */
export function mailerFromEnv(env: NodeJS.ProcessEnv): Mailer | undefined {
  const url = env.MAMORI_SMTP_URL?.trim();
  return url ? smtpMailer(url, env.MAMORI_MAIL_FROM?.trim() || 'privacy@mamori.local') : undefined;
}
