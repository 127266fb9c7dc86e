import { useEffect, useState } from "react";

/**
 * `value` once it has stayed the same for `ms`: what a control asks the server about while the
 * customer is still changing it (a seat count clicked up five times is priced once, at the end).
 * The first value is settled at once.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
