import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A screen's filters kept in the address (a reload or a shared link shows the same), and a way to
 * change some of them. The change starts from the address as the browser has it now, not from
 * the last render: React Router re-renders after a navigation in a transition, so a second
 * change made before that (two filters set in quick succession) would otherwise start from the
 * old address and undo the first.
 */
export function useFilterParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [params, set];
}
