import * as z from 'zod/mini';

// MV3 extension pages forbid eval; Zod 4 otherwise probes `new Function` for its
// JIT. Callside uses zod/mini everywhere: the same schemas at a quarter of the
// bundle size, which keeps the side panel inside its JS budget. Every entrypoint imports this module first, before any schema exists.
z.config({ jitless: true });
