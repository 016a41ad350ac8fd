/**
 * The tRPC client and its React bindings. Only the router's type is imported from the server.
 */
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/trpc/app-router.ts';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // Layer data goes in its own request: batched, every small layer would wait for the
        // largest (communes, megabytes) before anything is drawn.
        condition: (operation) => operation.path === 'layers.features',
        true: httpLink({ url: '/trpc' }),
        // The server refuses batches of more than 10 calls (server/http/trpc-guards.ts).
        false: httpBatchLink({ url: '/trpc', maxItems: 10 }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type LayerSummary = RouterOutputs['layers']['list'][number];
export type LayerFeatures = RouterOutputs['layers']['features'];
export type ClientConfig = RouterOutputs['config']['client'];
export type AuthUser = NonNullable<RouterOutputs['auth']['me']>;
export type UserSummary = RouterOutputs['users']['list'][number];
export type AuditEntry = RouterOutputs['audit']['list']['entries'][number];
export type AuditFacets = RouterOutputs['audit']['facets'];
