/**
 * Markdown held in frontmatter (FAQ answers), rendered at build time. The input is our own
 * content files, never reader input, so its HTML can be set on the page.
 */
import { Marked } from 'marked';

const marked = new Marked({ async: false, gfm: true });

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}

/** The plain text of a Markdown snippet, for structured data and meta descriptions. */
export function markdownToText(markdown: string): string {
  return renderMarkdown(markdown)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
