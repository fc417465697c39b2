import type { WxtStorageItem } from '@wxt-dev/storage';
import { useEffect, useRef, useState } from 'preact/hooks';
import { logFailure } from '../../platform/log';

/**
 * A stored item (platform/storage/) as a component's state: read once, followed as other pages and the background
 * write it, every value through its parser (core/stored/), so a damaged value is the item's empty value, never a
 * crash. `set(shown, stored)` shows one value and stores another (a name shown as typed, stored trimmed); the
 * change this page made comes back from storage and is not applied a second time (it would undo the typing).
 * Undefined until the first read lands. `what` names the item in the log ("the incident drafts").
 */
export function useStoredItem<T>(
  // biome-ignore lint/suspicious/noExplicitAny: any item: its stored type is unknown until parsed
  item: WxtStorageItem<any, any>,
  parse: (stored: unknown) => T,
  what: string,
): [T | undefined, (shown: T, stored?: T) => void] {
  const [value, setValue] = useState<T | undefined>(undefined);
  const written = useRef<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item
      .getValue()
      .then((stored: unknown) => live && setValue(parse(stored)))
      .catch((error: unknown) => {
        logFailure(`${what} could not be read`, error);
        if (live) setValue(parse(undefined));
      });
    const unwatch = item.watch((stored: unknown) => {
      if (JSON.stringify(stored) !== written.current) setValue(parse(stored));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [item, parse, what]);
  const set = (shown: T, stored: T = shown) => {
    setValue(shown);
    written.current = JSON.stringify(stored);
    void item.setValue(stored).catch((error: unknown) => logFailure(`${what} could not be stored`, error));
  };
  return [value, set];
}
