/** Telephone numbers as links and as text: one tap to call, and never split across two lines. */

/** `tel:` URI of a number as written in the brand file: `+44 20 7946 0018` → `tel:+442079460018`. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+0-9]/g, '')}`;
}

/**
 * The number as shown, with non-breaking spaces and hyphens, so a narrow screen never wraps it
 * mid-number (https://html-validate.org/rules/tel-non-breaking.html).
 */
export function phoneText(number: string): string {
  return number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
