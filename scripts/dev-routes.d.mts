import type { Plugin } from 'vite';

/** The dev server's routes for the demo and the tests (see dev-routes.mjs). */
export function devRoutes(): Plugin;
