import { bakeLogText } from '../share/bakeLog';
import { fetchFromGate, gatePath } from './gateFetch';

export type BakeLogRead = { state: 'read'; log: string } | { state: 'unavailable'; reason: string };

// A finished bake's log no longer changes: it is read once for the page.
const readLogs = new Map<string, string>();

// Gate GET /bakery/logs/{region}/{statusId} answers "<pre>…</pre>" (gate BakeService), asked for as text; a Gate
// that still sends the JSON-quoted form is understood too.
export async function readBakeLog(region: string, statusId: string, signal?: AbortSignal): Promise<BakeLogRead> {
  const path = `/bakery/logs/${gatePath(region, statusId)}`;
  const known = readLogs.get(path);
  if (known !== undefined) return { state: 'read', log: known };
  const answer = await fetchFromGate(path, 'text/plain', signal);
  if (!answer.ok) return { state: 'unavailable', reason: answer.reason };
  const log = bakeLogText(await answer.response.text());
  readLogs.set(path, log);
  return { state: 'read', log };
}

export function forgetBakeLogs(): void {
  readLogs.clear();
}
