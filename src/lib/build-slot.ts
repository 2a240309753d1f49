/**
 * A value the build's two module graphs share: the config's (integrations, worker pools) and the bundle's
 * (pages, middleware) run in one process but import separate copies of every module, so module state is
 * not shared between them; a global under a registered symbol is.
 */
export interface BuildSlot<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
}

export function buildSlot<T>(name: string): BuildSlot<T> {
  const key = Symbol.for(`microneedling-guide:${name}`);
  const slots = globalThis as { [key]?: T };
  return {
    get: () => slots[key],
    set: (value) => {
      slots[key] = value;
    },
  };
}
