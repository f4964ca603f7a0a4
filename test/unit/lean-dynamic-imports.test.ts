import { describe, expect, it } from 'vitest';
import { lazyChunksWithCss, withoutDependencyLists } from '../../src/build/lean-dynamic-imports';

const chunk = (fileName: string, css: string[] = [], dynamicImports: string[] = []) => ({
  type: 'chunk',
  fileName,
  dynamicImports,
  viteMetadata: { importedCss: new Set(css) },
});

describe('the lean import helper', () => {
  it('names a lazily imported chunk that brings CSS, which it would not load', () => {
    const bundle = {
      'boot.js': chunk('boot.js', [], ['ui.js', 'calendar.js']),
      'ui.js': chunk('ui.js', ['ui.css']),
      'calendar.js': chunk('calendar.js'),
      'page.js': chunk('page.js', ['page.css']),
    };
    expect(lazyChunksWithCss(bundle)).toEqual(['ui.js']);
  });

  it('lets lazy chunks without CSS, and eager chunks with it, through', () => {
    const bundle = { 'boot.js': chunk('boot.js', ['page.css'], ['ui.js']), 'ui.js': chunk('ui.js') };
    expect(lazyChunksWithCss(bundle)).toEqual([]);
  });
});

describe('the dependency lists', () => {
  it('go, with the lean helper left to import alone', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i.map(i=>d[i]);\n' +
      'var t=e=>e();t(()=>import(`./a.js`),__vite__mapDeps([0,1]));';
    expect(withoutDependencyLists(code)).toBe('var t=e=>e();t(()=>import(`./a.js`));');
  });
  it('leave code without them as it is', () => expect(withoutDependencyLists('var a=1;')).toBe('var a=1;'));
});
