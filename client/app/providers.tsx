/** The app's providers: TanStack Query cache, the tRPC client over it, and i18next. */
import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { TRPCProvider, createApiClient } from './trpc.ts';
import { isWorthRetrying } from './api-error.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Layer data changes only through edits (which bump the catalogue version); no refetch on focus.
        refetchOnWindowFocus: false,
        staleTime: 60_000,
        // One retry for network and server failures; a refusal (429 included) is shown at once.
        retry: (failures, error) => failures < 1 && isWorthRetrying(error),
      },
    },
  });
}

export function Providers({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [apiClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
