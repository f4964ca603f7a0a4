/**
 * Adds a stylesheet that only an island needs, and resolves once it applies (or failed: the
 * island still works, plainly styled). The site's CSP allows its own stylesheets ('self').
 */
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  return new Promise((resolve) => {
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}
