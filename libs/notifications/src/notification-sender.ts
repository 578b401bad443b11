import { Logger } from '@nestjs/common';

export interface OutgoingMessage {
  to: string;
  subject: string;
  body: string;
  kind: string;
}

/** Delivers one message; throws to have it retried later. */
export interface NotificationSender {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

/** The default: writes each notification to the structured log. */
export class LogSender implements NotificationSender {
  readonly name = 'log';
  private readonly logger = new Logger('Notifications');
  async send(m: OutgoingMessage): Promise<void> {
    this.logger.log({ msg: 'notification', to: m.to, kind: m.kind, subject: m.subject });
  }
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
}

/** SMTP through nodemailer, configured by SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS, SMTP_FROM. */
export class SmtpSender implements NotificationSender {
  readonly name = 'smtp';
  private transport?: { sendMail(m: object): Promise<unknown> };
  constructor(private readonly settings: SmtpSettings) {}

  async send(m: OutgoingMessage): Promise<void> {
    if (!this.transport) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const nodemailer = require('nodemailer') as { createTransport(o: object): { sendMail(m: object): Promise<unknown> } };
      const { host, port, secure, user, pass } = this.settings;
      this.transport = nodemailer.createTransport({ host, port, secure, auth: user ? { user, pass } : undefined });
    }
    await this.transport.sendMail({ from: this.settings.from, to: m.to, subject: m.subject, text: m.body });
  }
}

export function senderFromEnv(env: NodeJS.ProcessEnv): NotificationSender {
  if (!env.SMTP_HOST) return new LogSender();
  const port = Number(env.SMTP_PORT ?? 587);
  if (!Number.isInteger(port)) throw new Error('SMTP_PORT must be a number');
  if (!env.SMTP_FROM) throw new Error('SMTP_FROM is required when SMTP_HOST is set');
  return new SmtpSender({
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER,
    pass: env.SMTP_PASS,
    from: env.SMTP_FROM,
  });
}
