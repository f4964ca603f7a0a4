import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/lib/contrast';

describe('WCAG contrast', () => {
  it('matches the extremes', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
  it('is symmetric', () => {
    expect(contrastRatio('#0b5c6b', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#0b5c6b'), 10);
  });
  it('matches known pairs around the AA line', () => {
    // #767676 on white is the classic lightest grey that passes 4.5:1; #777777 fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
