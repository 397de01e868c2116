import type { ImageSearchResult } from '../share/bakeOutcome';
import { fetchJsonFromGate } from './gateFetch';

export type ImageSearch = { state: 'found'; results: ImageSearchResult[] } | { state: 'unavailable'; reason: string };

const found = new Map<string, ImageSearchResult[]>();

// Gate GET /images/find?provider=aws&q=<name> (Clouddriver AmazonNamedImageLookupController): every cached image
// of that name, with its AMI IDs per region, once Clouddriver has cached them. Kept for the page unless asked fresh.
export async function searchImages(imageName: string, signal?: AbortSignal, fresh = false): Promise<ImageSearch> {
  const known = fresh ? undefined : found.get(imageName);
  if (known) return { state: 'found', results: known };
  const query = new URLSearchParams({ provider: 'aws', q: imageName });
  const answer = await fetchJsonFromGate(`/images/find?${query.toString()}`, signal);
  if (!answer.ok) {
    const reason = answer.notJson ? 'Gate answered with something other than a list of images' : answer.reason;
    return { state: 'unavailable', reason };
  }
  const { body } = answer;
  const results = Array.isArray(body) ? (body as ImageSearchResult[]) : [];
  found.set(imageName, results);
  return { state: 'found', results };
}

export function forgetImageSearches(): void {
  found.clear();
}
