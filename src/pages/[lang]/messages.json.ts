/**
 * `/<lang>/messages.json`: every island's browser messages in one language (src/i18n/island.ts),
 * fetched by an island's code when a reader first uses it (src/client/messages.ts), so pages
 * carry no dictionary: an aftercare page stays light, and the service worker can keep it offline.
 */
import type { APIRoute } from 'astro';
import { localeRoutes } from '../../data/pages';
import { islandKeys, islandMessages, messagesJson } from '../../i18n/island';

export const getStaticPaths = localeRoutes;

export const GET: APIRoute = ({ locals }) => {
  const islands = Object.fromEntries(
    Object.entries(islandKeys).map(([island, keys]) => [island, islandMessages(locals.route.locale, keys)]),
  );
  return new Response(messagesJson(islands), { headers: { 'content-type': 'application/json' } });
};
