import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { AuditsService } from '@app/audits';
import { ActivitiesService } from '@app/activities';
import { WorkPackagesService } from '@app/bids';
import { NotificationsService, senderFromEnv } from '@app/notifications';
import { TendersService } from '@app/tenders';

/**
 * Runs every context's reminder scan and delivers the outbox. Each reminder has a unique dedupe
 * key, so it is stored once however often this runs, across restarts and instances.
 */
@Injectable()
export class RemindersService implements OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly tenders: TendersService,
    private readonly workPackages: WorkPackagesService,
    private readonly audits: AuditsService,
    private readonly activities: ActivitiesService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.notifications.useSender(senderFromEnv(process.env));
  }

  async runOnce(now = new Date()): Promise<{ stored: number; delivered: number }> {
    const { stored } = await this.scan(now);
    const delivered = await this.notifications.deliverPending();
    return { stored, delivered };
  }

  /** Finds and stores the reminders that are due (each once), without delivering them. */
  async scan(now = new Date()): Promise<{ stored: number }> {
    return {
      stored:
        (await this.tenders.scanReminders(now)) +
        (await this.workPackages.scanReminders(now)) +
        (await this.audits.scanReminders(now)) +
        (await this.activities.scanReminders(now)),
    };
  }

  /** Starts the periodic run (the API does; tests and the CLI call runOnce). */
  start(): void {
    const every = this.config.reminderIntervalMs;
    if (!every || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.runOnce()
        .catch((e) => this.logger.error({ msg: 'reminder run failed', error: e instanceof Error ? e.stack : String(e) }))
        .finally(() => (this.running = false));
    }, every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
