import { describe, expect, it } from 'vitest';
import { phoneText, telHref } from '../../src/lib/phone';

describe('telephone numbers', () => {
  it('dial only digits and the leading plus', () => {
    expect(telHref('+44 20 7946 0018')).toBe('tel:+442079460018');
    expect(telHref('(555) 010-9999')).toBe('tel:5550109999');
  });
  it('never break across lines', () => {
    expect(phoneText('+44 20 7946-0018')).toBe('+44\u00a020\u00a07946\u20110018');
    expect(phoneText('999')).toBe('999');
  });
});
