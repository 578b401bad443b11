import { PortWiringError, Ports, definePort } from './ports';

interface Greeter {
  greet(name: string): string;
}

describe('Ports', () => {
  const GREETER = definePort<Greeter>('lower.greeter', 'higher');

  it('gives the owner the one provider', () => {
    const ports = new Ports();
    const handle = ports.need(GREETER);
    ports.provide(GREETER, { greet: (n) => `hei, ${n}` });
    ports.onModuleInit();
    expect(handle.get().greet('Kari')).toBe('hei, Kari');
    expect(ports.missing()).toEqual([]);
  });

  it('stops the start-up when a needed port has no provider, naming it and who must provide it', () => {
    const ports = new Ports();
    ports.need(GREETER);
    expect(() => ports.onModuleInit()).toThrow(PortWiringError);
    expect(() => ports.onModuleInit()).toThrow('missing providers for ports: lower.greeter (provided by higher)');
  });

  it('fails on use, never with a default, when the port is used before anyone provided it', () => {
    const ports = new Ports();
    const handle = ports.need(GREETER);
    expect(() => handle.get()).toThrow('Port lower.greeter has no provider: the higher context must be part of the application.');
  });

  it('refuses a second provider: one port, one truth', () => {
    const ports = new Ports();
    ports.provide(GREETER, { greet: () => 'a' });
    expect(() => ports.provide(GREETER, { greet: () => 'b' })).toThrow('Port lower.greeter is provided twice');
    expect(ports.get(GREETER).greet('x')).toBe('a');
  });
});
