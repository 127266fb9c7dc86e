/** Joins class names, skipping empty ones; a merchant's `className` lands after ours. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
