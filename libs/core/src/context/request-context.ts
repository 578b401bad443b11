import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What one incoming request carries through its async call chain (logs, SQL counting). */
export interface RequestContextStore {
  readonly requestId: string;
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

export const RequestContext = {
  run<T>(fn: () => T, requestId: string = randomUUID()): T {
    return storage.run({ requestId, sqlStatements: 0 }, fn);
  },
  current(): RequestContextStore | undefined {
    return storage.getStore();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
};
