/**
 * Where "Remember on this device" keeps a treatment's date: `aftercare:v1:<treatment>`, e.g.
 * `aftercare:v1:chemical-peel`. On its own, with no imports, so the page's first script can ask
 * whether a date is remembered without loading the tracker (src/client/boot.ts).
 */
export const storageVersion = 1;

export function storageKey(treatment: string): string {
  return `aftercare:v${storageVersion}:${treatment}`;
}
