/** The app's navigation, shared through a context so any page or menu can link within the app. */
import { createContext, useContext } from 'react';
import type { Navigation } from './use-route.ts';

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}
