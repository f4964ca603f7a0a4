import { describe, expect, it } from 'vitest';
import { lazyChunksWithCss } from '../../src/build/lean-dynamic-imports';

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
