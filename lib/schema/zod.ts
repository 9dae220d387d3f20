import { z } from 'zod/mini';

/**
 * zod/mini instead of classic zod: the same parsers without a method table built on every schema,
 * so the background bundle is smaller (its code cache is compiled in one task after each install
 * or update, 55–73 ms with classic zod, issue 11) and the worker wakes sooner. zod/mini carries no
 * messages until a locale is set: without this, every problem in a pack would read "Invalid input".
 */
z.config(z.locales.en());

export { z };
