import { listSearch } from '../helpers/engine';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());

const creds = () => ({ newApiApi: { apiKey: sb.newapi.apiKey, baseUrl: `${sb.url}/` } });

test('the model picker lists the site\'s video models, filtered by supported_endpoint_types and by the search text', async () => {
	const video = await listSearch('CUSTOM.newApi', 'searchVideoModels', { resource: 'video', operation: 'generate' }, creds());
	expect(video.results.map((r) => r.value)).toEqual(['doubao-seedance-1-0-pro-250528', 'kling-v2-1', 'MiniMax-Hailuo-02', 'sora-2']);
	const searched = await listSearch('CUSTOM.newApi', 'searchVideoModels', { resource: 'video', operation: 'generate' }, creds(), 'KLING');
	expect(searched.results.map((r) => r.value)).toEqual(['kling-v2-1']);
	const images = await listSearch('CUSTOM.newApi', 'searchImageModels', { resource: 'image', operation: 'generate' }, creds());
	expect(images.results.map((r) => r.value)).toEqual(['dall-e-3', 'gpt-image-1']);
	// The Base URL's trailing slash is tolerated and the key is sent as a Bearer token.
	const requests = sb.log.filter((e) => e.path === '/v1/models');
	expect(requests).toHaveLength(3);
	expect(requests.every((e) => e.headers.authorization === `Bearer ${sb.newapi.apiKey}`)).toBe(true);
});

test('sites that do not report endpoint types: models are recognised by name', async () => {
	const { matchesKind } = await import('../../nodes/NewApi/methods/models');
	expect(matchesKind({ id: 'kling-v1-6', ownedBy: null, endpointTypes: [] }, 'video')).toBe(true);
	expect(matchesKind({ id: 'gpt-4o', ownedBy: null, endpointTypes: [] }, 'video')).toBe(false);
	expect(matchesKind({ id: 'flux-dev', ownedBy: null, endpointTypes: [] }, 'image')).toBe(true);
});
