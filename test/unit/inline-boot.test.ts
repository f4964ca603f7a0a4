import { describe, expect, it } from 'vitest';
import { inlinable, withInlineScripts } from '../../src/build/inline-boot';

describe('the boot script inside the pages', () => {
  it('imports the islands from absolute addresses, whatever quotes the bundler wrote', () => {
    const code = 'a(()=>import(`./tracker.X.js`)),b(()=>import("./ui.Y.js")),c(()=>import(\'../other/z.js\'))';
    expect(inlinable(code, '/aftercare/_astro/boot.js')).toBe(
      'a(()=>import(`/aftercare/_astro/tracker.X.js`)),b(()=>import("/aftercare/_astro/ui.Y.js")),c(()=>import(\'/aftercare/other/z.js\'))',
    );
  });

  it('stops the build, naming the file, for code that could not run inside a page', () => {
    expect(() => inlinable('import{t}from"./helper.js";t()', '/_astro/boot.js')).toThrow(
      /\/_astro\/boot\.js .*static import/,
    );
    expect(() => inlinable('new URL("./a.svg",import.meta.url)', '/_astro/boot.js')).toThrow(/import\.meta/);
    expect(() => inlinable('var e=1;export{e as t}', '/_astro/boot.js')).toThrow(/an export/);
    expect(() => inlinable('document.write("</script>")', '/_astro/boot.js')).toThrow(/<\/script/);
  });

  it('replaces the page’s module script with its code, and leaves other scripts alone', () => {
    const scripts = new Map([['/_astro/boot.js', 'run($1)']]);
    const html =
      '<script type="module" src="/_astro/boot.js"></script><script type="module" src="/_astro/other.js"></script>';
    expect(withInlineScripts(html, scripts)).toBe(
      '<script type="module">run($1)</script><script type="module" src="/_astro/other.js"></script>',
    );
  });
});
