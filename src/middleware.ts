/**
 * Works out each page's route data once (src/data/route.ts), before the page renders, so pages
 * and components read `Astro.locals.route` instead of passing the language through every prop.
 * Runs at build time: every page is static.
 */
import { defineMiddleware } from 'astro:middleware';
import { routeData } from './data/route';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.route = await routeData(context);
  return next();
});
