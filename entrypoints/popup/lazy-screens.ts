// Screens loaded apart from the first one: started right after the first paint, awaited before rendering when
// the popup reopens in the middle of a check.

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

const checkScreen = lazy(() => import('./check-screen'));
export const loadCheckScreen = checkScreen.load;
export const loadedCheckScreen = checkScreen.loaded;
