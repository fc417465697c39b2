// Screens loaded apart from the first one: started right after the first paint, awaited before rendering when
// the popup reopens in the middle of a check.
type CheckScreenModule = typeof import('./check-screen');

let loaded: CheckScreenModule | undefined;
let loading: Promise<CheckScreenModule> | undefined;

export function loadCheckScreen(): Promise<CheckScreenModule> {
  loading ??= import('./check-screen').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

export function loadedCheckScreen(): CheckScreenModule | undefined {
  return loaded;
}
