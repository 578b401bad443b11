import { RequestContext } from '../context/request-context';
import { JsonLogger } from './json-logger';

describe('JsonLogger', () => {
  it('writes one JSON object per line with level, context and request id', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('info', (l) => lines.push(l));
    RequestContext.run(() => logger.log('hello', 'Boot'), 'req-42');
    logger.debug('hidden below info');
    logger.error('failed', 'Error: x\n  at y', 'Db');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', msg: 'hello', context: 'Boot', requestId: 'req-42' });
    expect(JSON.parse(lines[1])).toMatchObject({ level: 'error', msg: 'failed', context: 'Db', stack: 'Error: x\n  at y' });
  });

  it('merges object messages', () => {
    const lines: string[] = [];
    new JsonLogger('info', (l) => lines.push(l)).warn({ msg: 'slow', ms: 12 });
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'warn', msg: 'slow', ms: 12 });
  });
});
