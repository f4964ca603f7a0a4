import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { searchSections } from '../../src/build/search-sections';
import { mergedData, type PageData } from '../../src/lib/search/pagefind-data';

const page = `<!doctype html><html lang="en" dir="ltr"><head><title>x</title></head><body>
<header><h2 id="menu">Menu</h2></header>
<main><div data-pagefind-body><article data-pagefind-filter="treatment:Micro-needling">
<h1>Questions about micro-needling</h1><span hidden data-pagefind-filter="kind">Questions</span>
<p>Short answers.</p>
<nav data-pagefind-ignore="all"><h2 id="questions-heading">The questions</h2></nav>
<section><h3 id="make-up">When can I wear make-up?</h3><p>After 24 hours.</p>
<p id="make-up--keywords" data-pagefind-weight="4">makeup</p>
<h3 id="gym">When can I go to the gym?</h3><p>After 2 days.</p></section>
</article></div></main></body></html>`;

const bodyOf = (html: string) => new JSDOM(html).window.document.querySelector('[data-pagefind-body]')!;

describe('a page as search records', () => {
  const records = searchSections(page, '/en/micro-needling/faq/');

  it('is its opening and one record per section under a heading with an id, each at its own address', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/en/micro-needling/faq/',
      '/en/micro-needling/faq/?section=make-up',
      '/en/micro-needling/faq/?section=gym',
    ]);
    expect(bodyOf(records[0]!.html).textContent).toContain('Short answers.');
    expect(bodyOf(records[0]!.html).textContent).not.toContain('After 24 hours');
  });

  it('gives each section its page’s title, language and filters, and only its own text', () => {
    const section = new JSDOM(records[1]!.html).window.document;
    const body = section.querySelector('[data-pagefind-body]')!;
    expect(section.documentElement.lang).toBe('en');
    expect(body.querySelector('h1')?.textContent).toBe('Questions about micro-needling');
    expect(body.querySelector('[data-pagefind-filter="treatment:Micro-needling"] #make-up')).not.toBeNull();
    expect(body.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('Questions');
    expect(body.querySelector('#make-up--keywords')?.getAttribute('data-pagefind-weight')).toBe('4');
    expect(body.textContent).not.toContain('gym');
    expect(body.textContent).not.toContain('Short answers.');
  });

  it('leaves out pages search does not index, and headings it ignores', () => {
    expect(searchSections('<html><body><h2 id="a">A</h2></body></html>', '/en/')).toEqual([]);
    expect(records.some((record) => record.url.includes('questions-heading'))).toBe(false);
  });
});

describe('a record found by several searches', () => {
  const found = (locations: number[]): PageData => ({
    url: '/en/faq/?section=make-up',
    content: 'x',
    meta: {},
    filters: {},
    anchors: [],
    sub_results: [
      {
        title: 'Make-up',
        url: '/en/faq/?section=make-up#make-up',
        locations,
        weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: 1 })),
        anchor: { element: 'h3', id: 'make-up', location: 0 },
      },
    ],
  });
  it('has the matches of each of them, once', () => {
    const merged = mergedData([found([1, 4]), found([4, 7])]);
    expect(merged.sub_results).toHaveLength(1);
    expect(merged.sub_results[0]!.locations.sort()).toEqual([1, 4, 7]);
    expect(merged.sub_results[0]!.weighted_locations.map((w) => w.location).sort()).toEqual([1, 4, 7]);
  });
});
