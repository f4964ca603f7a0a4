import { describe, expect, it } from 'vitest';
import { inSentence } from '../../src/lib/format';

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
