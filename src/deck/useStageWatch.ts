import { useEffect, useReducer, useRef } from 'react';
import type { RefObject } from 'react';
import { watchFromHost } from './angularScope';

export function useStageWatch(host: RefObject<Element>, read: () => unknown): void {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const latestRead = useRef(read);
  latestRead.current = read;
  useEffect(() => {
    if (!host.current) {
      return undefined;
    }
    return watchFromHost(host.current, () => latestRead.current(), rerender);
  }, [host]);
}
