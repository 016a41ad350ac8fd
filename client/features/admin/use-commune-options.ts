/** Commune choices for account forms: code + name of the 65 units, kept for the session. */
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../app/trpc.ts';

export interface CommuneOption {
  code: string;
  name: string;
}

export function useCommuneOptions() {
  const trpc = useTRPC();
  return useQuery(
    trpc.communes.list.queryOptions(undefined, {
      staleTime: Infinity,
      select: (communes): CommuneOption[] => communes.map(({ code, name }) => ({ code, name })),
    }),
  );
}
