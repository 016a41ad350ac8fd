/**
 * The signed-in user and the login/logout mutations. The user lives in the query cache under
 * `auth.me`; signing in or out refetches everything else, because the server shows staff more
 * than the public (layer details), and drops admin data so the next user never sees it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC, type AuthUser } from './trpc.ts';
import { apiErrorInfo } from './api-error.ts';

export function useCurrentUser() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

function useSessionChanged() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (user: AuthUser | null) => {
    queryClient.removeQueries(trpc.users.pathFilter());
    queryClient.removeQueries(trpc.audit.pathFilter());
    queryClient.setQueryData(trpc.auth.me.queryKey(), user);
    await queryClient.invalidateQueries({ predicate: (query) => query.queryHash !== trpc.auth.me.queryOptions().queryHash });
  };
}

export function useLogin() {
  const trpc = useTRPC();
  const sessionChanged = useSessionChanged();
  return useMutation(trpc.auth.login.mutationOptions({ onSuccess: (user) => sessionChanged(user) }));
}

/** Signs out here (or everywhere). A 401 means the session had already ended: that is success too. */
export function useLogout() {
  const trpc = useTRPC();
  const sessionChanged = useSessionChanged();
  const here = useMutation(trpc.auth.logout.mutationOptions());
  const everywhere = useMutation(trpc.auth.logoutEverywhere.mutationOptions());
  const run = async (scope: 'here' | 'everywhere'): Promise<{ sessionsEnded: number } | undefined> => {
    try {
      return scope === 'here' ? await here.mutateAsync() : await everywhere.mutateAsync();
    } catch (error) {
      if (apiErrorInfo(error).code !== 'UNAUTHORIZED') throw error;
      return undefined;
    } finally {
      await sessionChanged(null);
    }
  };
  return { logout: run, isPending: here.isPending || everywhere.isPending };
}
