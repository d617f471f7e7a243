import { useEffect, useState } from 'preact/hooks';
import type { ReadableStore } from './store';

/** Re-renders the component whenever `store` changes and returns its current value. */
export function useStore<T>(store: ReadableStore<T>): T {
  const [value, setValue] = useState(() => store.get());
  useEffect(() => {
    const refresh = () => setValue(() => store.get());
    // The store may have changed between the render and this effect.
    refresh();
    return store.subscribe(refresh);
  }, [store]);
  return value;
}
