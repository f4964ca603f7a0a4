/**
 * Picks the site language that best matches the browser's preferences, in their order:
 * an exact tag first (`zh-CN`), then the same primary language (`es-MX` → `es`, `zh-Hans-CN` →
 * `zh-CN`). Returns `undefined` when nothing matches, so the reader chooses.
 */
export function bestLanguage(preferred: readonly string[], available: readonly string[]): string | undefined {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const wanted of preferred) {
    const exact = available.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const sameLanguage = available.find((tag) => primary(tag) === primary(wanted));
    if (sameLanguage) return sameLanguage;
  }
  return undefined;
}
