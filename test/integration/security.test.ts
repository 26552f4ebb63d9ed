import type { IDataObject } from 'n8n-workflow';

import { makeItems } from '../helpers/engine';
import { model, runNewApi } from '../helpers/newapi';
import { runPixVerse, t2v } from '../helpers/pixverse';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 100 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

test('a download that starts on the site\'s own host (with the key) and redirects to a file host goes there without the key', async () => {
	sb.newapi.contentRedirect = true;
	try {
		const result = await runNewApi(sb, { resource: 'video', operation: 'generate', apiStyle: 'openai', model: model('sora-2'), prompt: 'a boat', downloadResult: true, taskOptions: { pollIntervalSeconds: 0.05 } });
		expect(result.error?.message).toBeUndefined();
		expect(result.items[0].binary?.data?.mimeType).toBe('video/mp4');
		const own = sb.log.find((e) => e.path.endsWith('/content'))!;
		const cdn = sb.log.find((e) => e.service === 'cdn')!;
		expect(own.headers.authorization).toBe(`Bearer ${sb.newapi.apiKey}`);
		expect(cdn.host).not.toBe(own.host);
		expect(cdn.headers.authorization).toBeUndefined();
		expect(JSON.stringify(cdn.headers)).not.toContain(sb.newapi.apiKey);
	} finally {
		sb.newapi.contentRedirect = false;
	}
});

test('a provider\'s long error page, echoing the request headers, is shown trimmed and without the key', async () => {
	// New API has no idempotency key, so a 502 at submit is not repeated: the item shows the page.
	sb.faults.add({ type: 'html', service: 'newapi', kind: 'submit', times: 1 });
	const result = await runNewApi(sb, { resource: 'video', operation: 'generate', model: model('kling-v2-1'), prompt: 'x' }, makeItems(1), { settings: { continueOnFail: true } });
	const error = result.items[0].json.error as IDataObject;
	expect(String(error.message)).toContain('502');
	expect(String(error.message).length).toBeLessThan(700);
	expect(JSON.stringify(result.items)).not.toContain(sb.newapi.apiKey);
	// PixVerse deduplicates by trace id, so there the same fault is ridden out.
	sb.faults.add({ type: 'html', service: 'pixverse', kind: 'submit', times: 1 });
	const pixverse = await runPixVerse(sb, t2v('x'));
	expect(pixverse.items[0].json.status).toBe('succeeded');
});
