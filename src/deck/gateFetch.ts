import { SETTINGS } from '@spinnaker/core';

// A browser sends at most six requests at a time to one host over HTTP/1.1; more would only queue there.
export const GATE_CONCURRENCY = 6;

export type GateAnswer = { ok: true; response: Response } | { ok: false; status?: number; reason: string };

export const gateUrl = (): string => String((SETTINGS as { gateUrl?: unknown }).gateUrl ?? '').replace(/\/$/, '');

// fetch rather than Deck's REST helper: it can be cancelled, and it takes bodies that are not JSON (the REST helper
// refuses those, and on release branches takes them for a lost session). A cancelled request still rejects.
export async function fetchFromGate(path: string, accept: string, signal?: AbortSignal): Promise<GateAnswer> {
  try {
    const response = await fetch(`${gateUrl()}${path}`, {
      credentials: 'include',
      headers: { Accept: accept },
      signal,
    });
    if (response.ok) return { ok: true, response };
    return { ok: false, status: response.status, reason: `Gate answered HTTP ${response.status}` };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: 'Gate could not be reached' };
  }
}

export const gatePath = (...segments: string[]): string => segments.map(encodeURIComponent).join('/');
