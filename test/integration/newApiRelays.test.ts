import type { IDataObject } from 'n8n-workflow';

import { makeItems } from '../helpers/engine';
import { fast, model, paidSubmits, runNewApi } from '../helpers/newapi';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 200 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const dl = { downloadResult: true, taskOptions: fast };

interface Case {
	name: string;
	resource: string;
	params: IDataObject;
	/** A prompt field that can carry sandbox directives, for the failure case. */
	promptField?: string;
	mime: string;
	outputs?: number;
	failReason?: string;
	statusOp?: string;
	statusParams?: IDataObject;
}

const cases: Case[] = [
	{ name: 'Midjourney imagine', resource: 'midjourney', params: { operation: 'imagine', prompt: 'a castle --ar 16:9' }, promptField: 'prompt', mime: 'image/png', statusOp: 'getTask' },
	{ name: 'Suno music (one item per clip)', resource: 'suno', params: { operation: 'generateMusic', mode: 'custom', lyrics: 'la la la', tags: 'pop', title: 'Song' }, promptField: 'lyrics', mime: 'audio/mpeg', outputs: 2, statusOp: 'getTask' },
	{ name: 'Luma text to video', resource: 'luma', params: { operation: 'generate', prompt: 'a fox', aspectRatio: '16:9' }, promptField: 'prompt', mime: 'video/mp4' },
	{ name: 'Kling text to video', resource: 'kling', params: { operation: 'generate', kind: 'text2video', modelName: 'kling-v2-1', prompt: 'a fox' }, promptField: 'prompt', mime: 'video/mp4', statusParams: { kind: 'text2video' } },
	{ name: 'Kling image to video', resource: 'kling', params: { operation: 'generate', kind: 'image2video', imageSource: 'url', imageUrl: 'https://img.test/a.png', prompt: 'move' }, promptField: 'prompt', mime: 'video/mp4', statusParams: { kind: 'image2video' } },
	{ name: 'Runway image to video', resource: 'runway', params: { operation: 'generate', promptImageSource: 'url', promptImageUrl: 'https://img.test/a.png', prompt: 'slow zoom' }, promptField: 'prompt', mime: 'video/mp4' },
	{ name: 'MiniMax (file_id → download URL)', resource: 'minimax', params: { operation: 'generate', prompt: 'a fox', model: 'MiniMax-Hailuo-02' }, promptField: 'prompt', mime: 'video/mp4' },
	{ name: 'Replicate (owner/name model)', resource: 'replicate', params: { operation: 'generate', model: 'black-forest-labs/flux-schnell', input: '{"prompt": "a fox"}' }, promptField: 'input', mime: 'image/png' },
	{ name: 'Volcengine Ark (content array)', resource: 'volcengine', params: { operation: 'generate', model: 'doubao-seedance-1-0-pro-250528', prompt: 'a fox', firstFrameSource: 'url', firstFrameUrl: 'https://img.test/a.png' }, promptField: 'prompt', mime: 'video/mp4', statusParams: { pathPrefix: '/api/v3' } },
	{
		name: 'Custom Task (a Flux-style route)',
		resource: 'customTask',
		params: { operation: 'submit', submitPath: '/flux/v1/flux-pro-1.1', body: '{"prompt": "a fox"}', idPath: 'id', pollPath: '/flux/v1/get_result?id={id}', statusPath: 'status', successValues: 'Ready', failureValues: 'Error', resultPaths: 'result.sample', errorPath: 'details.message', outputType: 'image' },
		promptField: 'body',
		mime: 'image/png',
		statusParams: { pollPath: '/flux/v1/get_result?id={id}', statusPath: 'status', successValues: 'Ready', failureValues: 'Error', resultPaths: 'result.sample' },
	},
];

describe.each(cases)('$name', (c) => {
	test('happy path to binary output', async () => {
		const result = await runNewApi(sb, { resource: c.resource, ...c.params, ...dl });
		expect(result.error?.message).toBeUndefined();
		expect(result.items).toHaveLength(c.outputs ?? 1);
		for (const item of result.items) {
			expect(item.json.status).toBe('succeeded');
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(item.binary?.data?.mimeType).toBe(c.mime);
		}
		expect(paidSubmits(sb)).toHaveLength(1);
		expect(result.items[0].json.taskId).toBe(paidSubmits(sb)[0].taskId);
		// The task can be read again by id.
		const again = await runNewApi(sb, { resource: c.resource, operation: c.statusOp ?? 'getStatus', taskId: result.items[0].json.taskId, ...(c.statusParams ?? {}) });
		expect(again.error?.message).toBeUndefined();
		expect(again.items[0].json.status).toBe('succeeded');
	});

	test('provider failure: reason with Continue On Fail; item and task id without', async () => {
		const field = c.promptField!;
		const original = String(c.params[field]);
		const failing = field === 'body' || field === 'input' ? original.replace('a fox', 'a fox [sb:fail=moderation]') : `${original} [sb:fail=moderation]`;
		const params = { resource: c.resource, ...c.params, [field]: failing, taskOptions: fast };
		const soft = await runNewApi(sb, params, makeItems(1), { settings: { continueOnFail: true } });
		expect(soft.items[0].json.status).toBe('failed');
		expect((soft.items[0].json.error as IDataObject).reason).toBe('moderation');
		sb.reset();
		const hard = await runNewApi(sb, params);
		expect(hard.status).toBe('error');
		expect(hard.error?.message).toContain('[item 0]');
		expect(hard.error?.message).toContain(paidSubmits(sb)[0].taskId);
	});

	test('a 429 during polling is ridden out', async () => {
		sb.faults.add({ type: '429', service: 'newapi', kind: 'poll', times: 1, retryAfter: 0.05 });
		const result = await runNewApi(sb, { resource: c.resource, ...c.params, taskOptions: fast });
		expect(result.error?.message).toBeUndefined();
		expect(result.items[0].json.status).toBe('succeeded');
		expect(sb.log.some((e) => e.fault === '429')).toBe(true);
	});
});

test('Midjourney action: U1 of a finished imagine, found in its buttons', async () => {
	const imagine = await runNewApi(sb, { resource: 'midjourney', operation: 'imagine', prompt: 'a castle', taskOptions: fast });
	const parent = imagine.items[0].json;
	expect((parent.buttons as IDataObject[]).map((b) => b.label)).toContain('U1');
	const upscale = await runNewApi(sb, { resource: 'midjourney', operation: 'action', taskId: parent.taskId, action: 'U1', ...dl });
	expect(upscale.error?.message).toBeUndefined();
	expect(upscale.items[0].json.status).toBe('succeeded');
	const submit = paidSubmits(sb).pop()!;
	expect(submit.path).toBe('/mj/submit/action');
	expect(submit.body).toEqual({ customId: `MJ::JOB::U1::${parent.taskId}`, taskId: parent.taskId });
});

test('Midjourney action not among the task\'s buttons is rejected before any paid call', async () => {
	const imagine = await runNewApi(sb, { resource: 'midjourney', operation: 'imagine', prompt: 'a castle', taskOptions: fast });
	sb.clearLog();
	const bad = await runNewApi(sb, { resource: 'midjourney', operation: 'action', taskId: imagine.items[0].json.taskId, action: 'U9' });
	expect(bad.status).toBe('error');
	expect(bad.error?.message).toMatch(/Action.*U9.*\[item 0\]/);
	expect(bad.error?.message).toContain('U1');
	expect(sb.log.filter((e) => e.kind === 'submit')).toHaveLength(0);
});

test('Midjourney code 23 (queue full) keeps the item queued and retries until the timeout, with no accepted task', async () => {
	const r = await runNewApi(sb, { resource: 'midjourney', operation: 'imagine', prompt: 'busy [sb:queuefull]', taskOptions: { ...fast, timeoutSeconds: 2.5 } }, makeItems(1), { settings: { continueOnFail: true } });
	expect(r.items[0].json.error).toMatchObject({ reason: 'rate_limited', code: '23' });
	expect(sb.log.filter((e) => e.kind === 'submit').length).toBeGreaterThan(1);
	expect(paidSubmits(sb)).toHaveLength(0);
});

test('Midjourney speed mode uses the path prefix; code 24 is moderation with the banned word', async () => {
	await runNewApi(sb, { resource: 'midjourney', operation: 'imagine', prompt: 'fast one', speed: 'fast', taskOptions: fast });
	expect(paidSubmits(sb)[0].path).toBe('/mj-fast/mj/submit/imagine');
	const banned = await runNewApi(sb, { resource: 'midjourney', operation: 'imagine', prompt: 'a badword here' }, makeItems(1), { settings: { continueOnFail: true } });
	expect(banned.items[0].json.error).toMatchObject({ reason: 'moderation', code: '24' });
	expect(String((banned.items[0].json.error as IDataObject).message)).toContain('badword');
});

test('Midjourney describe and blend from input binaries', async () => {
	const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
	const items = [{ json: {}, binary: { a: { data: png, mimeType: 'image/png' }, b: { data: png, mimeType: 'image/png' } } }];
	const described = await runNewApi(sb, { resource: 'midjourney', operation: 'describe', imageSource: 'binary', imageBinary: 'a', taskOptions: fast }, items);
	expect(described.items[0].json.status).toBe('succeeded');
	expect(String(described.items[0].json.description)).toContain('cat');
	const blended = await runNewApi(sb, { resource: 'midjourney', operation: 'blend', imagesSource: 'binary', imagesBinary: 'a, b', taskOptions: fast }, items);
	expect(blended.items[0].json.status).toBe('succeeded');
	expect((paidSubmits(sb).pop()!.body!.base64Array as string[]).length).toBe(2);
});

test('Suno lyrics return the text', async () => {
	const result = await runNewApi(sb, { resource: 'suno', operation: 'generateLyrics', prompt: 'about the sea', taskOptions: fast });
	expect(result.items[0].json).toMatchObject({ status: 'succeeded', lyrics: expect.stringContaining('Sandbox lyrics') });
});

test('Suno description mode and instrumental bodies', async () => {
	await runNewApi(sb, { resource: 'suno', operation: 'generateMusic', mode: 'description', gptDescription: 'a song about rain', instrumental: true, mv: 'chirp-v4', taskOptions: fast });
	expect(paidSubmits(sb)[0].body).toEqual({ mv: 'chirp-v4', make_instrumental: true, gpt_description_prompt: 'a song about rain' });
});

test('Luma accepts HTTP 201 and extends a finished generation', async () => {
	const first = await runNewApi(sb, { resource: 'luma', operation: 'generate', prompt: 'a fox', startFrameSource: 'url', startFrameUrl: 'https://img.test/a.png', taskOptions: fast });
	expect(paidSubmits(sb)[0].body).toMatchObject({ keyframes: { frame0: { type: 'image', url: 'https://img.test/a.png' } } });
	const extended = await runNewApi(sb, { resource: 'luma', operation: 'extend', taskId: first.items[0].json.taskId, prompt: 'then it runs', taskOptions: fast });
	expect(extended.items[0].json.status).toBe('succeeded');
	expect(paidSubmits(sb)[1].body).toMatchObject({ keyframes: { frame0: { type: 'generation', id: first.items[0].json.taskId } } });
});

test('Kling external_task_id is derived from the execution and item: stable within a run, distinct across items', async () => {
	await runNewApi(sb, { resource: 'kling', operation: 'generate', kind: 'text2video', prompt: 'same', taskOptions: fast }, makeItems(2), { executionId: 'exec-kling' });
	await runNewApi(sb, { resource: 'kling', operation: 'generate', kind: 'text2video', prompt: 'same', taskOptions: fast }, makeItems(1), { executionId: 'exec-kling' });
	const ids = paidSubmits(sb).map((e) => e.body!.external_task_id as string);
	expect(ids[0]).toMatch(/^n8n-[0-9a-f]{32}$/);
	expect(ids[0]).not.toBe(ids[1]);
	// The same execution, node, run and item (what Retry On Fail repeats) gives the same id.
	expect(ids[2]).toBe(ids[0]);
});

test('MiniMax through a New API fork that wraps the answer in its TaskDto', async () => {
	sb.newapi.minimaxStyle = 'taskdto';
	const result = await runNewApi(sb, { resource: 'minimax', operation: 'generate', prompt: 'a fox', ...dl });
	expect(result.error?.message).toBeUndefined();
	expect(result.items[0].binary?.data?.mimeType).toBe('video/mp4');
});

test('MiniMax base_resp 1008 at submit is insufficient_credits and 1026 is moderation', async () => {
	const r = await runNewApi(sb, { resource: 'minimax', operation: 'generate', prompt: '={{ $json.i ? "x [sb:fail=moderation-submit]" : "x [sb:nobalance]" }}' }, makeItems(2), { settings: { continueOnFail: true } });
	expect(r.items.map((i) => (i.json.error as IDataObject).reason)).toEqual(['insufficient_credits', 'moderation']);
	expect(r.items.map((i) => (i.json.error as IDataObject).code)).toEqual(['1008', '1026']);
});

test('Images: url and b64_json both become binary', async () => {
	const url = await runNewApi(sb, { resource: 'image', operation: 'generate', model: model('gpt-image-1'), prompt: 'a fox', n: 2, responseFormat: 'url' });
	expect(url.items[0].json).toMatchObject({ status: 'succeeded', operation: 'image.generate' });
	expect(Object.keys(url.items[0].binary ?? {})).toEqual(['data', 'data_1']);
	expect(url.items[0].binary?.data.mimeType).toBe('image/png');
	const b64 = await runNewApi(sb, { resource: 'image', operation: 'generate', model: model('gpt-image-1'), prompt: 'a fox', n: 1, responseFormat: 'b64_json' });
	expect(b64.items[0].binary?.data.mimeType).toBe('image/png');
	expect((b64.items[0].json.outputs as IDataObject[])[0].url).toBeNull();
});

test('Model list: one item per model, filtered by supported endpoint types', async () => {
	const all = await runNewApi(sb, { resource: 'model', operation: 'list', filter: 'all' });
	const video = await runNewApi(sb, { resource: 'model', operation: 'list', filter: 'video' });
	const image = await runNewApi(sb, { resource: 'model', operation: 'list', filter: 'image' });
	expect(all.items.length).toBe(7);
	expect(video.items.map((i) => i.json.id)).toEqual(['doubao-seedance-1-0-pro-250528', 'kling-v2-1', 'MiniMax-Hailuo-02', 'sora-2'].sort((a, b) => a.localeCompare(b)));
	expect(image.items.map((i) => i.json.id)).toEqual(['dall-e-3', 'gpt-image-1']);
	expect(video.items.every((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0)).toBe(true);
});
