/**
 * French elides an article or pronoun into the next word: "l’acide", "d’infection", "qu’il".
 * Pagefind splits words at a straight apostrophe but not at the typographic one French text
 * uses, so "l’acide" would be indexed as one word "lacide" and a search for "acide" would miss
 * it. The index gets straight apostrophes in elisions; readers keep the typographic ones.
 */

/** The elided words of French: a single consonant or one of the "qu" forms, then ’ and a letter. */
const elision = /(?<![\p{L}\p{N}])([cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)’(?=\p{L})/giu;

/** `html` with French elisions spelled with a straight apostrophe, for the search index only. */
export function straightenElisions(html: string): string {
  return html.replace(elision, "$1'");
}

/** Whether a built page is in French, by its `<html lang>`. */
export function isFrench(html: string): boolean {
  return /<html[^>]*\slang="fr(-[a-z]+)?"/i.test(html);
}
