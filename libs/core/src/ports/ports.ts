import { Injectable, type OnModuleInit } from '@nestjs/common';

/**
 * A port: what a lower context needs from a higher one that it must not import (imports run one
 * way). The lower context owns the port (declares it with `definePort` next to the interface it
 * needs, and asks for it with `Ports.need`); the higher context provides it (`Ports.provide`) in
 * its service's constructor. Every port has exactly one provider, and a port that is needed but
 * not provided stops the application at start-up; there is no default behind a port. See
 * docs/ARCHITECTURE.md "How a lower context reaches a higher one".
 */
export interface Port<T> {
  /** `<owning context>.<what it gives>`, e.g. `bids.royaltyRate`. */
  readonly name: string;
  /** The context that must provide it, for the message when it does not. */
  readonly providedBy: string;
  /** Never set: carries the type the provider must implement. */
  readonly __type?: T;
}

/** Declares a port of the calling (lower) context. Names follow `<owning context>.<what it gives>`. */
export function definePort<T>(name: string, providedBy: string): Port<T> {
  return Object.freeze({ name, providedBy });
}

/** A needed port as its owner holds it: `get()` returns the provider, or throws when there is none. */
export interface PortHandle<T> {
  get(): T;
}

/** Raised when a port is missing or provided twice: a wiring mistake, never a user's. */
export class PortWiringError extends Error {
  override readonly name = 'PortWiringError';
}

/** The one registry of ports (global, in CoreModule). */
@Injectable()
export class Ports implements OnModuleInit {
  private readonly provided = new Map<Port<unknown>, unknown>();
  private readonly needed = new Set<Port<unknown>>();

  /** The owning context asks for its port (in its service's constructor). */
  need<T>(port: Port<T>): PortHandle<T> {
    this.needed.add(port as Port<unknown>);
    return { get: () => this.get(port) };
  }

  /** The higher context provides the port, once (in its service's constructor, so work before app.init() has it too). */
  provide<T>(port: Port<T>, implementation: T): void {
    if (this.provided.has(port as Port<unknown>))
      throw new PortWiringError(`Port ${port.name} is provided twice; it has exactly one provider (${port.providedBy}).`);
    this.provided.set(port as Port<unknown>, implementation);
  }

  get<T>(port: Port<T>): T {
    const implementation = this.provided.get(port as Port<unknown>);
    if (implementation === undefined)
      throw new PortWiringError(`Port ${port.name} has no provider: the ${port.providedBy} context must be part of the application.`);
    return implementation as T;
  }

  /** The names of needed ports nobody provides. */
  missing(): string[] {
    return [...this.needed].filter((p) => !this.provided.has(p)).map((p) => `${p.name} (provided by ${p.providedBy})`);
  }

  /** Every provider is made before any module initialises, so a port missing now stays missing: stop. */
  onModuleInit(): void {
    const missing = this.missing();
    if (missing.length) throw new PortWiringError(`The application is missing providers for ports: ${missing.join(', ')}.`);
  }
}
