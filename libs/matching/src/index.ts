export * from './matching.module';
export * from './matching.service';
export * from './solver';
