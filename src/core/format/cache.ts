/**
 * Intl constructors are slow (tens of microseconds) and a table of thousands of lines calls a
 * formatter per cell, so each distinct (locale, options) formatter is built once per page.
 */
export function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Builds with `locale`, falling back to the runtime's default when the tag is malformed
 * (`en_US`): a bad locale setting must cost the customer their language, not the page.
 */
export function withLocale<T>(locale: string | undefined, make: (locale: string | undefined) => T): T {
  try {
    return make(locale);
  } catch (error) {
    if (locale === undefined || !(error instanceof RangeError)) throw error;
    return make(undefined);
  }
}
