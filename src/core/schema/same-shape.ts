// Type-only helpers: a schema and the interface written out for it must describe the same object
// (see order.ts for why the public types are written out).

/**
 * `T` as the comparison below sees it: index signatures dropped, and every optional property
 * made required but marked, so a property that one side lacks or makes optional also differs.
 */
type Shape<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? Shape<Item>[]
    : { [K in keyof T as string extends K ? never : K]-?: Shape<T[K]> | ({} extends Pick<T, K> ? typeof optional : never) };
declare const optional: unique symbol;
/** True when `A` and `B` are assignable to each other, field by field. */
export type SameShape<A, B> = [Shape<A>, Shape<B>] extends [Shape<B>, Shape<A>] ? true : false;
export type Checked<T extends true> = T;

