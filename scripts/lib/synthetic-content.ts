/**
 * Synthetic content for the benchmark: a copy of content/brands and, per language, N guides
 * made from the real ones. Treatment i copies the real treatment i mod (number of treatments),
 * all five kinds, in every language that has it (others fall back, as on the real site), with its
 * name and titles numbered so pages differ. The brand is set to offer exactly these treatments.
 * Never writes into content/.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export interface SyntheticContent {
  treatments: number;
  /** Guide files written, all languages together. */
  files: number;
}

/** Writes `guides/` and `brands/` into `target` for `perLanguage` guides in each language. */
export function writeSyntheticContent(source: string, target: string, perLanguage: number, brandId = 'demo') {
  const guides = join(source, 'guides');
  const languages = readdirSync(guides).filter((lang) => existsSync(join(guides, lang)));
  const templates = readdirSync(join(guides, 'en')).sort();
  const kinds = readdirSync(join(guides, 'en', templates[0]!)).filter((file) => file.endsWith('.mdx'));
  const treatments = Math.max(1, Math.ceil(perLanguage / kinds.length));
  const names: string[] = [];
  let files = 0;
  for (let i = 1; i <= treatments; i++) {
    const template = templates[(i - 1) % templates.length]!;
    const name = `${template}-${i}`;
    names.push(name);
    for (const lang of languages) {
      const from = join(guides, lang, template);
      if (!existsSync(from)) continue;
      mkdirSync(join(target, 'guides', lang, name), { recursive: true });
      for (const file of readdirSync(from).filter((f) => f.endsWith('.mdx'))) {
        const text = readFileSync(join(from, file), 'utf8')
          .replace(/^(treatmentName: .*?)\s*$/m, `$1 ${i}`)
          .replace(/^(title: .*?)\s*$/m, `$1 ${i}`);
        writeFileSync(join(target, 'guides', lang, name, file), text);
        files += 1;
      }
    }
  }
  cpSync(join(source, 'brands'), join(target, 'brands'), { recursive: true });
  const brandFile = join(target, 'brands', `${brandId}.yaml`);
  const brand = parseDocument(readFileSync(brandFile, 'utf8'));
  brand.set('treatments', names);
  writeFileSync(brandFile, brand.toString());
  return { treatments, files } satisfies SyntheticContent;
}
