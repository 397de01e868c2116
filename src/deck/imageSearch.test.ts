import { forgetImageSearches, searchImages } from './imageSearch';

const RESULTS = [{ imageName: 'demo-all-20261130120000-bionic', amis: { 'eu-west-1': ['ami-0e19b7c4d2a85f360'] } }];

// Stands in for Gate only.
function gateAnswering(status: number, body: string) {
  const fetch = jest.fn(() =>
    Promise.resolve({ ok: status < 300, status, json: () => Promise.resolve(JSON.parse(body)) }),
  );
  (globalThis as { fetch?: unknown }).fetch = fetch;
  return fetch;
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
  forgetImageSearches();
});

describe('searchImages', () => {
  it("asks Gate's image search by name for AWS, once for the page unless asked fresh", async () => {
    const fetch = gateAnswering(200, JSON.stringify(RESULTS));

    expect(await searchImages('demo-all-20261130120000-bionic')).toEqual({ state: 'found', results: RESULTS });
    await searchImages('demo-all-20261130120000-bionic');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(
      'http://gate.test/images/find?provider=aws&q=demo-all-20261130120000-bionic',
      expect.objectContaining({ credentials: 'include', headers: { Accept: 'application/json' } }),
    );

    await searchImages('demo-all-20261130120000-bionic', undefined, true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says why the search is unavailable, and takes anything but a list as no images', async () => {
    gateAnswering(500, '{}');
    expect(await searchImages('demo')).toEqual({ state: 'unavailable', reason: 'Gate answered HTTP 500' });

    gateAnswering(200, '{"not":"a list"}');
    expect(await searchImages('demo')).toEqual({ state: 'found', results: [] });

    gateAnswering(200, 'not json');
    expect(await searchImages('other')).toEqual({
      state: 'unavailable',
      reason: 'Gate answered with something other than a list of images',
    });
  });
});
