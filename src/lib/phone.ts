/** Phone numbers as links and as text inside any script: one tap to call, never split across lines. */

/** `tel:` link of a number as written in the brand file: `+44 20 7946 0018` → `tel:+442079460018`. */
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

/**
 * The number kept whole (`phoneText`) and isolated (U+2066…U+2069) so it reads left to right
 * inside Arabic text.
 */
export function isolateNumber(number: string): string {
  return `\u2066${phoneText(number)}\u2069`;
}

/** The number to call at each level of care (src/schemas/guide.ts `careLevels`), from the brand's contacts. */
export function careNumbers(contacts: { phone: string; urgentPhone: string; emergencyNumber: string }) {
  return {
    emergency: contacts.emergencyNumber,
    now: contacts.urgentPhone,
    urgent: contacts.urgentPhone,
    routine: contacts.phone,
  } as const;
}
