import { makeItems } from '../helpers/engine';
import { runPixVerse, t2v } from '../helpers/pixverse';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
const KEY = 'pv-secret-key-7f3a9c1e5b';
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 150, pixverse: { apiKey: KEY } });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

test('the API key never appears in outputs, error messages or descriptions', async () => {
	const texts: string[] = [];
	const collect = (r: Awaited<ReturnType<typeof runPixVerse>>) => texts.push(JSON.stringify(r.items), JSON.stringify(r.error ?? null));
	collect(await runPixVerse(sb, t2v('ok', { downloadResult: true, taskOptions: { pollIntervalSeconds: 0.05, includeRaw: true } })));
	collect(await runPixVerse(sb, t2v('bad [sb:fail=moderation]')));
	collect(await runPixVerse(sb, t2v('bad [sb:fail=failed]'), makeItems(1), { settings: { continueOnFail: true } }));
	// A refused key: the provider echoes the key it got in its error message.
	const refused = await runNode401();
	collect(refused);
	expect(refused.error?.message).toMatch(/10001|invalid API key/);
	expect(JSON.stringify(refused.error)).toContain('***');
	const all = texts.join('\n');
	expect(all.length).toBeGreaterThan(1000);
	expect(all).not.toContain(KEY);
});

async function runNode401() {
	const { runNode } = await import('../helpers/engine');
	const wrongKey = `${KEY}-revoked`;
	return await runNode({
		nodeType: 'CUSTOM.pixVerse',
		parameters: t2v('x'),
		items: makeItems(1),
		credentials: { pixVerseApi: { apiKey: wrongKey, baseUrl: sb.url } },
	}).then((r) => {
		// The key the node sent must not be shown either.
		expect(JSON.stringify(r.error)).not.toContain(wrongKey);
		return r;
	});
}

test('result files are downloaded from the CDN host without the API key', async () => {
	const result = await runPixVerse(sb, t2v('clip', { downloadResult: true }), makeItems(2));
	expect(result.status).toBe('success');
	const fileRequests = sb.log.filter((e) => e.service === 'cdn');
	expect(fileRequests).toHaveLength(2);
	for (const request of fileRequests) {
		expect(request.headers['api-key']).toBeUndefined();
		expect(JSON.stringify(request.headers)).not.toContain(KEY);
	}
	// …while API calls did carry it.
	expect(sb.log.filter((e) => e.service === 'pixverse').every((e) => e.headers['api-key'] === KEY)).toBe(true);
});

test('an expired result link fails with advice to fetch a fresh one, naming the task', async () => {
	sb.pixverse.resultTtlMs = 1;
	try {
		const result = await runPixVerse(sb, t2v('expired', { downloadResult: true }));
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/HTTP 403/);
		expect(result.error?.message).toMatch(/\d{18}/);
		expect(result.error?.description).toMatch(/fresh link/);
	} finally {
		sb.pixverse.resultTtlMs = 0;
	}
});
