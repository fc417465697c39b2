// Loading a module on demand, once, with a failure forgotten (the next load tries again): every lazy import of the
// pages goes through it (tests/unit/architecture.test.ts holds it). Pure: no browser API.

/**
 * A module loaded on demand, once: `load()` starts it (or returns the load under way), `loaded()` is the module once
 * it is there. A load that fails is forgotten, so the next `load()` tries again (a chunk missing after an update in
 * place, a disk error): a failed load never leaves the screen waiting for a promise that will not settle.
 */
export function lazy<T>(importer: () => Promise<T>): { load: () => Promise<T>; loaded: () => T | undefined } {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () => {
      loading ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}
