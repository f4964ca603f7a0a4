import { describe, expect, it } from 'vitest';
import { guideKinds } from '../../src/schemas/guide';
import { localeCodes } from '../../src/i18n/locales';
import { readGuides } from '../helpers/content';

const guides = readGuides();

describe('content/guides', () => {
  it('holds guides', () => expect(guides.length).toBeGreaterThan(0));
  it.each(guides.map((guide) => [guide.file, guide] as const))('%s sits where its frontmatter says', (_, guide) => {
    expect(localeCodes).toContain(guide.locale);
    expect(guideKinds).toContain(guide.kind);
    expect(guide.data.kind).toBe(guide.kind);
  });
});
