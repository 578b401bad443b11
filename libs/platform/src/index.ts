export * from './platform.module';
export * from './schema';
export * from './seed/seed.service';
export * from './reminders.service';
