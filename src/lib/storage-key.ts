/**
 * Where "Remember on this device" keeps a treatment's date: `aftercare:v1:<treatment>`, e.g.
 * `aftercare:v1:chemical-peel`. The tracker's element carries it (`data-storage-key`), so the
 * page's first script can ask whether a date is remembered without loading the tracker, and
 * without sharing a module with it (src/client/boot.ts runs inside the page).
 */
export const storageVersion = 1;

export function storageKey(treatment: string): string {
  return `aftercare:v${storageVersion}:${treatment}`;
}
