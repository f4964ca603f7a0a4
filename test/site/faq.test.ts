/**
 * Long question pages stay easy to use: a jump list of every question, grouped by topic, at the
 * top, and after each answer a way back to it. Topic headings and the jump list are kept out of
 * the search index, which would credit their words to the question before them.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/site';

const faqPages = builtPages().filter((page) => /^\/[a-z-]+\/[a-z-]+\/faq\/$/.test(page.path));

it('finds the questions pages of every treatment', () => expect(faqPages.length).toBeGreaterThanOrEqual(36));

describe.each(faqPages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  const { document } = page;
  const questions = [...document.querySelectorAll('.faq .question > h3[id]')].map((h) => h.id);

  it('lists every question at the top, by topic, each linking to its answer', () => {
    const jump = document.querySelector('nav#questions');
    expect(jump).not.toBeNull();
    const links = [...jump!.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect([...links].sort()).toEqual([...questions].sort());
    expect(jump!.querySelectorAll('h3').length).toBe(document.querySelectorAll('.faq h2.faq-topic').length);
  });

  it('ends each answer with a way back to the questions', () => {
    for (const section of document.querySelectorAll('.faq .question'))
      expect(section.querySelector('.back a')?.getAttribute('href')).toBe('#questions');
  });

  it('keeps the jump list and the topic headings out of search', () => {
    expect(document.querySelector('nav#questions')!.getAttribute('data-pagefind-ignore')).toBe('all');
    for (const topic of document.querySelectorAll('.faq h2.faq-topic'))
      expect(topic.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});
