/**
 * UI keys are typed from en.json: `npm run check` (astro check) fails on an unknown key. The
 * `@ts-expect-error` below fails the type check the day an unknown key stops being an error.
 */
import { expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';

it('makes an unknown UI key a type error', () => {
  const t = useTranslations('en');
  // @ts-expect-error: "no.such.key" is not a key of src/i18n/ui/en.json
  const unknown: string = t('no.such.key');
  expect(unknown).toBe('no.such.key');
  expect(t('skipLink')).toBe('Skip to main content');
});
