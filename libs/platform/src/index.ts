// The composition root's public face, for the two apps and the benchmarks.
export { PlatformModule } from './platform.module';
export { SCHEMA } from './schema';
export { SeedService } from './seed/seed.service';
export { RemindersService } from './reminders.service';
