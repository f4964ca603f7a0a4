/**
 * A built page as the search index keeps it: one record for its opening (title and introduction)
 * and one for each section under a heading with an id, the same sections that search answers
 * link to. A reader's first search loads the records of its best matches; whole pages made that
 * 230 KB or more (a questions page is 9 KB gzip, and a search reads ten), sections about 0.6 KB
 * each. Each section's record repeats the page's title and filters, so a search for "peel
 * make-up" still finds the peel's make-up answer, and has its own address for Pagefind, which
 * keeps one record per address: `?section=<id>`, removed again when an answer's link is made
 * (src/lib/search/answers.ts).
 *
 * The page is parsed once (parse5, with each element's place in the source) and each record is
 * a slice of its HTML: Pagefind reads a slice that starts or ends inside an element as a
 * browser would, and slicing keeps the build's indexing within a second or two.
 */
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { sectionParameter } from '../lib/search/pagefind-data.ts';

export interface SectionRecord {
  url: string;
  html: string;
}

const attribute = (element: Tree.Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const isElement = (node: Tree.ChildNode | Tree.ParentNode): node is Tree.Element => 'tagName' in node;
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

interface Heading {
  element: Tree.Element;
  /** The filter elements it lies inside (`<article data-pagefind-filter="treatment:…">`). */
  inside: Tree.Element[];
}

/** The page at `url` as search records: [] when the page is not searchable (no `data-pagefind-body`). */
export function searchSections(html: string, url: string): SectionRecord[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  let root: Tree.Element | undefined;
  let body: Tree.Element | undefined;
  let title: Tree.Element | undefined;
  const headings: Heading[] = [];
  const filters: Tree.Element[] = [];
  const walk = (node: Tree.ParentNode, inBody: boolean, ignored: boolean, inside: Tree.Element[]) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'html') root = child;
      const isBody = !inBody && attribute(child, 'data-pagefind-body') !== undefined;
      if (isBody) body ??= child;
      const within = inBody || isBody;
      const skip = ignored || attribute(child, 'data-pagefind-ignore') !== undefined;
      const filter = within && attribute(child, 'data-pagefind-filter') !== undefined;
      if (filter) filters.push(child);
      if (within && !skip && child.tagName === 'h1') title ??= child;
      if (within && !skip && /^h[2-6]$/.test(child.tagName) && attribute(child, 'id'))
        headings.push({ element: child, inside });
      walk(child, within, skip, filter ? [...inside, child] : inside);
    }
  };
  walk(document, false, false, []);
  if (!body) return [];

  const place = (element: Tree.Element) => element.sourceCodeLocation!;
  const outer = (element: Tree.Element) => html.slice(place(element).startOffset, place(element).endOffset);
  const start = place(body).startTag!.endOffset;
  const end = place(body).endTag?.startOffset ?? html.length;
  const at = (index: number) => (index < headings.length ? place(headings[index]!.element).startOffset : end);
  const lang = escaped(attribute(root!, 'lang') ?? '');
  const dir = escaped(attribute(root!, 'dir') ?? 'ltr');
  const page = (content: string) =>
    `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"></head><body><div data-pagefind-body>${content}</div></body></html>`;

  // What every section's record repeats: the page's title, and its filters that hold no section
  // (`<span data-pagefind-filter="kind">`); one that does (`<article data-pagefind-filter="treatment:…">`)
  // becomes a wrapper, as a slice does not hold the section's ancestors.
  const context = [title, ...filters.filter((filter) => !headings.some((heading) => heading.inside.includes(filter)))]
    .filter((element): element is Tree.Element => element !== undefined)
    .map(outer)
    .join('');
  const records = [{ url, html: page(html.slice(start, at(0))) }];
  headings.forEach(({ element, inside }, index) => {
    const open = inside.map(
      (filter) => `<div data-pagefind-filter="${escaped(attribute(filter, 'data-pagefind-filter')!)}">`,
    );
    const id = attribute(element, 'id')!;
    records.push({
      url: `${url}?${sectionParameter}=${encodeURIComponent(id)}`,
      html: page(open.join('') + context + html.slice(at(index), at(index + 1)) + '</div>'.repeat(open.length)),
    });
  });
  return records;
}
