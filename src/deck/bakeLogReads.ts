import { SETTINGS } from '@spinnaker/core';
import { bakeLogText } from '../share/bakeLog';

export type BakeLogRead = { state: 'read'; log: string } | { state: 'unavailable'; reason: string };

const gateUrl = (): string => String((SETTINGS as { gateUrl?: unknown }).gateUrl ?? '').replace(/\/$/, '');

// Gate GET /bakery/logs/{region}/{statusId} answers "<pre>…</pre>" (gate BakeService). Deck's REST helper refuses a
// body that is not JSON (and on release branches treats that as a lost session), so the log is read with fetch,
// asking for text; a Gate that still sends the JSON-quoted form is understood too.
export async function readBakeLog(region: string, statusId: string, signal?: AbortSignal): Promise<BakeLogRead> {
  const path = [region, statusId].map(encodeURIComponent).join('/');
  try {
    const response = await fetch(`${gateUrl()}/bakery/logs/${path}`, {
      credentials: 'include',
      headers: { Accept: 'text/plain' },
      signal,
    });
    if (!response.ok) return { state: 'unavailable', reason: `Gate answered HTTP ${response.status}` };
    return { state: 'read', log: bakeLogText(await response.text()) };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { state: 'unavailable', reason: 'Gate could not be reached' };
  }
}
