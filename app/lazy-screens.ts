// Screens loaded apart from the first one: started right after the first paint, awaited before rendering when
// the popup reopens in the middle of a check.
import { lazy } from '../core/lazy';

const checkScreen = lazy(() => import('./check-screen'));
export const loadCheckScreen = checkScreen.load;
export const loadedCheckScreen = checkScreen.loaded;
