/**
 * A per-case time budget that a busy machine does not break: over budget once may be the machine (a CI job lints,
 * builds images and runs ShellCheck on both cores at once; one fuzz case stalled 2.7 s there), over budget again,
 * run alone, is the input. Returns the failure text, or null within the budget.
 */
export function overBudget(firstMs: number, budgetMs: number, rerun: () => void): string | null {
  if (firstMs <= budgetMs) return null;
  const started = performance.now();
  rerun();
  const again = performance.now() - started;
  return again > budgetMs ? `took ${firstMs.toFixed(0)} ms, then ${again.toFixed(0)} ms again` : null;
}
