import { useCallback, useRef, useState } from "react";

/**
 * A value the merchant may own (`value` given: shown as is, changes only reported) or leave to
 * the component (kept here from `initial`). `undefined` means "not given"; `null` is a value. The
 * setter is stable, so memoised children that receive it do not re-render.
 */
export function useControllable<T>(value: T | undefined, initial: T | (() => T), onChange: ((next: T) => void) | undefined): [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(initial);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  const set = useCallback((next: T) => {
    if (latest.current.value === undefined) setOwn(() => next);
    latest.current.onChange?.(next);
  }, []);
  return [value !== undefined ? value : own, set];
}
