import type { LoggerService } from '@nestjs/common';
import { RequestContext } from '../context/request-context';

const ORDER = { debug: 10, verbose: 10, info: 20, log: 20, warn: 30, error: 40, fatal: 50 } as const;
type Level = keyof typeof ORDER;

/**
 * Structured logs: one JSON object per line on stdout (errors on stderr), with the request id
 * of the request being served, so a masked client error can be found by its reference.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minLevel: 'debug' | 'info' | 'warn' | 'error' = 'info',
    private readonly write: (line: string, isError: boolean) => void = (line, isError) =>
      (isError ? process.stderr : process.stdout).write(line + '\n'),
  ) {}

  log(message: unknown, ...rest: unknown[]) {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.emit('debug', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.emit('fatal', message, rest);
  }

  private emit(level: Level, message: unknown, rest: unknown[]) {
    if (ORDER[level] < ORDER[this.minLevel]) return;
    // Nest passes (message, [stack], context): the last string is the context.
    const params = [...rest];
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, context };
    const requestId = RequestContext.requestId();
    if (requestId) entry.requestId = requestId;
    if (message instanceof Error) {
      entry.msg = message.message;
      entry.stack = message.stack;
    } else if (message && typeof message === 'object') {
      Object.assign(entry, message);
    } else {
      entry.msg = String(message);
    }
    const stack = params.find((p) => typeof p === 'string');
    if (stack) entry.stack = stack;
    this.write(JSON.stringify(entry), ORDER[level] >= ORDER.error);
  }
}
