import { makeItems } from '../helpers/engine';
import { fast, model, paidSubmits, runNewApi } from '../helpers/newapi';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 200 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const generate = (extra = {}) => ({ resource: 'video', operation: 'generate', model: model('kling-v2-1'), prompt: 'a paper boat on a river', duration: 5, downloadResult: true, taskOptions: fast, ...extra });

describe.each([
	['newer gateways: task_ ids and result_url', 'gateway', 'result_url'],
	['older gateways: upstream ids and the URL in fail_reason', 'upstream', 'fail_reason'],
	['URL only inside the provider-native data', 'gateway', 'native'],
] as const)('unified video (%s)', (_name, idStyle, resultField) => {
	test('generates, waits and returns the video as binary', async () => {
		sb.newapi.idStyle = idStyle;
		sb.newapi.resultField = resultField;
		const result = await runNewApi(sb, generate());
		expect(result.error?.message).toBeUndefined();
		const json = result.items[0].json;
		expect(json).toMatchObject({ provider: 'newapi', operation: 'video.generate', status: 'succeeded', progress: 100 });
		expect(json.taskId).toBe(paidSubmits(sb)[0].taskId);
		expect(String(json.taskId)).toMatch(idStyle === 'gateway' ? /^task_[0-9a-f]{32}$/ : /^\d+$/);
		expect(result.items[0].binary?.data?.mimeType).toBe('video/mp4');
		expect((json.outputs as Array<{ url: string }>)[0].url).toContain(sb.cdnUrl);
	});
});

test('image binary and metadata JSON reach the gateway: image as a data URI, metadata as an object', async () => {
	const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
	const items = [{ json: {}, binary: { data: { data: png, mimeType: 'image/png', fileName: 'a.png' } } }];
	const result = await runNewApi(sb, generate({ imageSource: 'binary', imageBinary: 'data', metadata: '{"negative_prompt": "blur", "cfg_scale": 0.4}', size: '720x1280', additionalFields: { mode: 'pro' } }), items);
	expect(result.status).toBe('success');
	const body = paidSubmits(sb)[0].body!;
	expect(body.image).toBe(`data:image/png;base64,${png}`);
	expect(body.metadata).toEqual({ negative_prompt: 'blur', cfg_scale: 0.4 });
	expect(body).toMatchObject({ size: '720x1280', mode: 'pro', duration: 5, model: 'kling-v2-1' });
});

test('the OpenAI-style /v1/videos shape, including a video served only by /content (with the key, on the site\'s own host)', async () => {
	const result = await runNewApi(sb, generate({ apiStyle: 'openai', model: model('sora-2') }));
	expect(result.error?.message).toBeUndefined();
	expect(result.items[0].json.status).toBe('succeeded');
	const url = (result.items[0].json.outputs as Array<{ url: string }>)[0].url;
	expect(url).toBe(`${sb.url}/v1/videos/${result.items[0].json.taskId}/content`);
	expect(result.items[0].binary?.data?.mimeType).toBe('video/mp4');
	const content = sb.log.find((e) => e.path.endsWith('/content'));
	expect(content?.headers.authorization).toBe(`Bearer ${sb.newapi.apiKey}`);
	expect(paidSubmits(sb)[0].body).toMatchObject({ seconds: '5' });
});

test('a failed video: Continue On Fail gives the reason; without it the error names item and task', async () => {
	const cof = await runNewApi(sb, generate({ prompt: '={{ $json.i === 1 ? "bad [sb:fail=moderation]" : "fine" }}' }), makeItems(2), { settings: { continueOnFail: true } });
	expect(cof.items[1].json).toMatchObject({ status: 'failed', error: { reason: 'moderation' } });
	expect(cof.items[0].json.status).toBe('succeeded');
	sb.reset();
	const hard = await runNewApi(sb, generate({ prompt: 'bad [sb:fail=failed]' }));
	expect(hard.status).toBe('error');
	expect(hard.error?.message).toContain(paidSubmits(sb)[0].taskId);
	expect(hard.error?.message).toContain('[item 0]');
});

test('a 429 during polling is ridden out: the task still succeeds, with one paid submit', async () => {
	sb.faults.add({ type: '429', service: 'newapi', kind: 'poll', times: 2, retryAfter: 0.2 });
	const result = await runNewApi(sb, generate());
	expect(result.items[0].json.status).toBe('succeeded');
	expect(sb.log.filter((e) => e.fault === '429')).toHaveLength(2);
	expect(paidSubmits(sb)).toHaveLength(1);
	// Retry-After was honoured: the retry came at least 200 ms after each 429.
	const polls = sb.log.filter((e) => e.kind === 'poll');
	const first429 = polls.findIndex((e) => e.fault === '429');
	expect(polls[first429 + 1].t - polls[first429].t).toBeGreaterThanOrEqual(190);
});

test('quota exhausted (403 quota_not_enough) fails as insufficient_credits, not retried', async () => {
	sb.newapi.quota = 0;
	const result = await runNewApi(sb, generate(), makeItems(1), { settings: { continueOnFail: true } });
	expect(result.items[0].json.error).toMatchObject({ reason: 'insufficient_credits', code: 'quota_not_enough' });
	expect(sb.log.filter((e) => e.kind === 'submit')).toHaveLength(1);
});

test('the automatic poll interval respects the gateway\'s 15 s refresh', async () => {
	const { GATEWAY_POLICY } = await import('../../nodes/NewApi/vendors/common');
	const { nextInterval } = await import('../../nodes/shared/lifecycle/waitUntilTerminal');
	for (let polls = 1; polls < 50; polls++) expect(nextInterval(GATEWAY_POLICY, polls)).toBeGreaterThanOrEqual(15_000);
	expect(GATEWAY_POLICY.initialDelayMs).toBeGreaterThanOrEqual(15_000);
});

test('Get Status and Wait Until Done by id', async () => {
	const submitted = await runNewApi(sb, generate({ waitForCompletion: false, prompt: 'later [sb:duration=300]' }));
	const id = submitted.items[0].json.taskId as string;
	expect(submitted.items[0].json.status).toMatch(/queued|running/);
	const status = await runNewApi(sb, { resource: 'video', operation: 'getStatus', taskId: id });
	expect(status.items[0].json.taskId).toBe(id);
	const waited = await runNewApi(sb, { resource: 'video', operation: 'waitUntilDone', taskId: id, taskOptions: fast });
	expect(waited.items[0].json.status).toBe('succeeded');
	expect(paidSubmits(sb)).toHaveLength(1);
});
