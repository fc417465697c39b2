// One writer at a time for a stored item that several contexts write (the background, the popup, the options page):
// the Web Locks API, shared by every page and worker of the extension's origin, so that a read-modify-write never
// overwrites another's write (a cleared history coming back, an older settings copy painted). Where the API is
// missing (the unit tests' Node), a queue within the context.
const queues = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: { request: (n: string, f: () => Promise<T>) => Promise<T> } })
    ?.locks;
  if (locks) return locks.request(`webmail-first:${name}`, task);
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
