import { useCallback, useEffect, useState } from 'react';
import { readReviewQuery, withReviewQuery } from './reviewUrl';
import type { ReviewQuery } from './reviewUrl';

// The filters live in the hash's query, written in place (no history entry per keystroke). The route does not declare
// them, and UI-Router only starts a transition for a URL whose href differs from the current state's (@uirouter/core
// 6 UrlRuleFactory.fromState), so the page is neither rebuilt nor read again. A link followed in the same tab starts
// no transition either: it arrives as a hashchange.
export function useReviewQueryInUrl(): [ReviewQuery, (query: ReviewQuery) => void] {
  const [query, setQuery] = useState(() => readReviewQuery(window.location.hash));
  useEffect(() => {
    const follow = () => setQuery(readReviewQuery(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const changeQuery = useCallback((changed: ReviewQuery) => {
    setQuery(changed);
    const { hash } = window.location;
    if (!hash.startsWith('#/')) return;
    const written = withReviewQuery(hash, changed);
    if (written !== hash) window.history.replaceState(window.history.state, '', written);
  }, []);
  return [query, changeQuery];
}
