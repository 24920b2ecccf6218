/**
 * `target.push(...items)` passes every item as an argument and overflows the stack past ~100k items (a 3.5 MB
 * manifest of 15,000 Deployments did); these loop instead.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

export function maxOf(values: readonly number[], empty = 0): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return values.length ? max : empty;
}
