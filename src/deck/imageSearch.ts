import type { ImageSearchResult } from '../share/bakeOutcome';
import { fetchFromGate } from './gateFetch';

export type ImageSearch = { state: 'found'; results: ImageSearchResult[] } | { state: 'unavailable'; reason: string };

const found = new Map<string, ImageSearchResult[]>();

// Gate GET /images/find?provider=aws&q=<name> (Clouddriver AmazonNamedImageLookupController): every cached image
// of that name, with its AMI IDs per region, once Clouddriver has cached them. Kept for the page unless asked fresh.
export async function searchImages(imageName: string, signal?: AbortSignal, fresh = false): Promise<ImageSearch> {
  const known = fresh ? undefined : found.get(imageName);
  if (known) return { state: 'found', results: known };
  const query = new URLSearchParams({ provider: 'aws', q: imageName });
  const answer = await fetchFromGate(`/images/find?${query.toString()}`, 'application/json', signal);
  if (!answer.ok) return { state: 'unavailable', reason: answer.reason };
  let body: unknown;
  try {
    body = await answer.response.json();
  } catch {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return { state: 'unavailable', reason: 'Gate answered with something other than a list of images' };
  }
  const results = Array.isArray(body) ? (body as ImageSearchResult[]) : [];
  found.set(imageName, results);
  return { state: 'found', results };
}

export function forgetImageSearches(): void {
  found.clear();
}
