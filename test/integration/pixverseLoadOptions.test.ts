import { loadOptions } from '../helpers/engine';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());

test('lip-sync speakers come from the API, every page of it, sorted by name', async () => {
	const options = await loadOptions('CUSTOM.pixVerse', 'getSpeakers', { resource: 'video', operation: 'lipSync' }, { pixVerseApi: { apiKey: sb.pixverse.apiKey, baseUrl: sb.url } });
	expect(options).toHaveLength(130);
	expect(options[0]).toEqual({ name: 'Voice 001', value: '1' });
	const pages = sb.log.filter((e) => e.path.endsWith('/tts_list'));
	expect(pages.map((e) => e.query?.page_num)).toEqual(['1', '2']);
	expect(pages.every((e) => e.headers['api-key'] === sb.pixverse.apiKey)).toBe(true);
});
