import { SETTINGS } from '@spinnaker/core';

// A browser sends at most six requests at a time to one host over HTTP/1.1; more would only queue there.
export const GATE_CONCURRENCY = 6;

export type GateAnswer = { ok: true; response: Response } | { ok: false; status?: number; reason: string };

export const gateUrl = (): string => String((SETTINGS as { gateUrl?: unknown }).gateUrl ?? '').replace(/\/$/, '');

// fetch rather than Deck's REST helper: it can be cancelled, and it takes bodies that are not JSON (the REST helper
// refuses those, and on release branches takes them for a lost session). Undefined when Gate cannot be reached; a
// cancelled request still rejects.
async function requestGate(path: string, init: RequestInit, signal?: AbortSignal): Promise<Response | undefined> {
  try {
    return await fetch(`${gateUrl()}${path}`, { ...init, credentials: 'include', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return undefined;
  }
}

export async function fetchFromGate(path: string, accept: string, signal?: AbortSignal): Promise<GateAnswer> {
  const response = await requestGate(path, { headers: { Accept: accept } }, signal);
  if (!response) return { ok: false, reason: 'Gate could not be reached' };
  if (response.ok) return { ok: true, response };
  return { ok: false, status: response.status, reason: `Gate answered HTTP ${response.status}` };
}

export type GateJson = { ok: true; body: unknown } | { ok: false; status?: number; reason: string; notJson?: true };

// A JSON answer read whole; an answer that is not JSON is a failure unless the request was cancelled meanwhile.
export async function fetchJsonFromGate(path: string, signal?: AbortSignal): Promise<GateJson> {
  const answer = await fetchFromGate(path, 'application/json', signal);
  if (!answer.ok) return answer;
  try {
    return { ok: true, body: await answer.response.json() };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: "Gate's answer is not JSON", notJson: true };
  }
}

// A JSON body posted to Gate; the response is handed back whatever its status, since Gate explains refusals in it.
export const postToGate = (path: string, body: unknown, signal?: AbortSignal): Promise<Response | undefined> =>
  requestGate(
    path,
    {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
    signal,
  );

export const gatePath = (...segments: string[]): string => segments.map(encodeURIComponent).join('/');
