import { bakeLogText } from '../share/bakeLog';
import { fetchFromGate, gatePath } from './gateFetch';

export type BakeLogRead = { state: 'read'; log: string } | { state: 'unavailable'; reason: string };

// Gate GET /bakery/logs/{region}/{statusId} answers "<pre>…</pre>" (gate BakeService), asked for as text; a Gate
// that still sends the JSON-quoted form is understood too.
export async function readBakeLog(region: string, statusId: string, signal?: AbortSignal): Promise<BakeLogRead> {
  const answer = await fetchFromGate(`/bakery/logs/${gatePath(region, statusId)}`, 'text/plain', signal);
  if (!answer.ok) return { state: 'unavailable', reason: answer.reason };
  return { state: 'read', log: bakeLogText(await answer.response.text()) };
}
