/** Splits an MDX or Markdown file into its YAML frontmatter and body, outside Astro. */
import { parse } from 'yaml';

export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter: the file must start with a --- line');
  return { frontmatter: parse(match[1]!), body: match[2]! };
}
