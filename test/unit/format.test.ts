import { describe, expect, it } from 'vitest';
import { inSentence, withoutGloss } from '../../src/lib/format';

describe('a treatment name inside a sentence', () => {
  it('starts in lower case, unless it is an abbreviation or has no case', () => {
    expect(inSentence('Micro-needling', 'en')).toBe('micro-needling');
    expect(inSentence('Peeling químico', 'es')).toBe('peeling químico');
    expect(inSentence('IPL', 'en')).toBe('IPL');
    expect(inSentence('X-ray', 'en')).toBe('X-ray');
    expect(inSentence('微针', 'zh-CN')).toBe('微针');
    expect(inSentence('الوخز بالإبر الدقيقة', 'ar')).toBe('الوخز بالإبر الدقيقة');
  });
});

describe('a treatment name without its explanation in brackets', () => {
  it('drops a gloss at the end, in either kind of bracket, and keeps a name that is only a gloss', () => {
    expect(withoutGloss('Fotorrejuvenecimiento IPL (luz pulsada intensa)')).toBe('Fotorrejuvenecimiento IPL');
    expect(withoutGloss('الميكرونيدلينغ (علاج الإبر الدقيقة)')).toBe('الميكرونيدلينغ');
    expect(withoutGloss('光子嫩肤（IPL）')).toBe('光子嫩肤');
    expect(withoutGloss('Micro-needling')).toBe('Micro-needling');
    expect(withoutGloss('(IPL)')).toBe('(IPL)');
    // Only a gloss at the end: brackets inside the name stay.
    expect(withoutGloss('IPL (light) photofacial')).toBe('IPL (light) photofacial');
  });
});
