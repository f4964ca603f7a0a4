/**
 * One message format for every island: the server hands over each message with every plural
 * form its language needs (src/i18n/island.ts), and the browser fills them in (src/lib/messages.ts).
 */
import { describe, expect, it } from 'vitest';
import { islandKeys, islandMessages, messagesJson } from '../../src/i18n/island';
import { say } from '../../src/lib/messages';
import { localeCodes, localeTag } from '../../src/i18n/locales';

describe('island messages', () => {
  it('fill in the query and the count in the reader’s digits and plural form', () => {
    const ar = islandMessages('ar', islandKeys.search);
    const forms = [0, 1, 2, 3, 11, 100].map((count) => say(ar, 'search.results', { count, query: 'مكياج' }, 'ar'));
    expect(new Set(forms).size).toBe(6);
    const fr = islandMessages('fr', islandKeys.search);
    expect(say(fr, 'search.results', { count: 1000, query: 'soleil' }, 'fr')).toMatch(/^1\s000 réponses pour/u);
    const zh = islandMessages('zh-cn', islandKeys.search);
    expect(say(zh, 'search.results', { count: 3, query: '化妆' }, 'zh-CN')).toBe('“化妆”共有 3 条解答');
    const en = islandMessages('en', islandKeys.search);
    expect(say(en, 'search.none', { query: '<b>' }, 'en')).toBe('No answers for “<b>”.');
  });

  it('give each island every plural form its language needs, in every language', () => {
    for (const locale of localeCodes)
      for (const keys of Object.values(islandKeys)) {
        const messages = islandMessages(locale, keys);
        const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories;
        for (const key of keys) {
          const message = messages[key];
          expect(message, `${locale} ${key}`).toBeDefined();
          if (typeof message === 'object') expect(Object.keys(message).sort()).toEqual([...categories].sort());
        }
      }
  });

  it('say the tracker’s day with the treatment and the day in the reader’s language', () => {
    const ar = islandMessages('ar', islandKeys.tracker);
    expect(say(ar, 'tracker.dayAfter', { count: 2, treatment: 'الفيلر' }, 'ar-EG')).toContain('٢');
    const en = islandMessages('en', islandKeys.tracker);
    expect(say(en, 'tracker.progress', { count: 10, day: 2 }, 'en-GB')).toBe('Day 2 of about 10 days of healing');
    expect(say(en, 'tracker.more', { count: 1 }, 'en')).toBe('and 1 more below');
  });

  it('leave an unknown placeholder as it is, and never let a message close its script tag', () => {
    expect(say({ a: 'Hi {{name}} {{other}}' }, 'a', { name: 'Ana' }, 'en')).toBe('Hi Ana {{other}}');
    expect(messagesJson({ a: '</script><b>' })).not.toContain('</script>');
  });
});
