import type { IDataObject } from 'n8n-workflow';

import { makeItems } from '../helpers/engine';
import { acceptedSubmits, fastPolling, runPixVerse, t2v } from '../helpers/pixverse';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 100 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const png = { data: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64'), mimeType: 'image/png', fileName: 'face.png' };

function lastSubmitBody() {
	const job = [...sb.pixverse.jobs.values()].pop() as unknown as { body: IDataObject; path: string };
	return job;
}

describe('bad input is rejected before any request, naming the field and the item', () => {
	test.each<[string, IDataObject, string]>([
		['empty prompt', t2v('={{ $json.i === 2 ? "" : "ok" }}'), 'Prompt'],
		['v5.5 at 1080p for 10 s', t2v('ok', { model: 'v5.5', quality: '1080p', duration: '={{ $json.i === 2 ? 10 : 5 }}' }), 'Duration'],
		['camera movement on v5', t2v('ok', { additionalFields: { cameraMovement: '={{ $json.i === 2 ? "zoom_in" : "" }}' } }), 'Camera Movement'],
		['duration that resolves to nothing', t2v('ok', { duration: '={{ $json.i === 2 ? "" : 5 }}' }), 'Duration'],
		['a prompt over 2048 characters', t2v('={{ $json.i === 2 ? "x".repeat(2049) : "ok" }}'), 'Prompt'],
		['missing binary property for image-to-video', { resource: 'video', operation: 'imageToVideo', imageSource: 'binary', imageBinary: '={{ $json.i === 2 ? "nope" : "data" }}', prompt: 'p', model: 'v5', duration: 5, quality: '540p' }, 'Image Binary Property'],
		['image URL that is not a URL', { resource: 'video', operation: 'imageToVideo', imageSource: 'url', imageUrl: '={{ $json.i === 2 ? "not a url" : "https://x.test/a.png" }}', prompt: 'p' }, 'Image URL'],
		['a task id from another provider', { resource: 'task', operation: 'waitUntilDone', taskId: '={{ $json.i === 2 ? "task_abc123" : "629000000000000005" }}' }, 'Task ID'],
		['a non-positive timeout', t2v('ok', { taskOptions: { timeoutSeconds: '={{ $json.i === 2 ? -1 : 60 }}' } }), 'Timeout'],
		['fusion prompt not naming its reference', { resource: 'video', operation: 'fusion', prompt: '={{ $json.i === 2 ? "no mention" : "@cat runs" }}', references: { reference: [{ refName: 'cat', type: 'subject', image: 'https://x.test/cat.png' }] } }, 'Prompt'],
		['lip sync text over the limit', { resource: 'video', operation: 'lipSync', sourceVideoKind: 'generated', sourceVideoId: '629000000000000005', speechKind: 'tts', speakerId: '1', ttsContent: '={{ $json.i === 2 ? "y".repeat(300) : "hi" }}' }, 'Text'],
	])('%s', async (_name, parameters, field) => {
		const items = makeItems(3).map((item) => ({ ...item, binary: { data: { ...png } } }));
		const result = await runPixVerse(sb, parameters, items);
		expect(result.status).toBe('error');
		expect(result.error?.message).toContain('[item 2]');
		expect(result.error?.message).toContain(`${field.split(' ')[0]}`);
		expect(sb.log).toHaveLength(0);
	});
});

test('image to video from an input binary: uploaded as multipart, then the img_id is sent as an exact number', async () => {
	const items = makeItems(1).map((item) => ({ ...item, binary: { data: { ...png } } }));
	const result = await runPixVerse(sb, { resource: 'video', operation: 'imageToVideo', imageSource: 'binary', imageBinary: 'data', prompt: 'wave', model: 'v5', duration: 5, quality: '540p', taskOptions: fastPolling }, items);
	expect(result.status).toBe('success');
	const upload = sb.log.find((e) => e.path === '/openapi/v2/image/upload');
	expect(upload?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
	const { body, path } = lastSubmitBody();
	expect(path).toBe('/openapi/v2/video/img/generate');
	expect(typeof body.img_id).toBe('bigint');
	expect(String(body.img_id)).toMatch(/^\d{18}$/);
});

test.each<[string, IDataObject, string, string[]]>([
	['image to video from a URL', { operation: 'imageToVideo', imageSource: 'url', imageUrl: 'https://img.test/a.png', prompt: 'p', model: 'v5', duration: 5, quality: '540p' }, 'img', ['img_id', 'prompt']],
	['transition', { operation: 'transition', firstFrameSource: 'url', firstFrameUrl: 'https://img.test/a.png', lastFrameSource: 'url', lastFrameUrl: 'https://img.test/b.png', prompt: 'p', model: 'v5', duration: 5, quality: '540p' }, 'transition', ['first_frame_img', 'last_frame_img']],
	['extend a generated video', { operation: 'extend', sourceVideoKind: 'generated', sourceVideoId: '629000000000000999', prompt: 'more', model: 'v5', duration: 5, quality: '540p' }, 'extend', ['source_video_id', 'prompt']],
	['lip sync with a PixVerse voice', { operation: 'lipSync', sourceVideoKind: 'generated', sourceVideoId: '629000000000000999', speechKind: 'tts', speakerId: '7', ttsContent: 'hello' }, 'lip_sync', ['source_video_id', 'lip_sync_tts_speaker_id', 'lip_sync_tts_content']],
	['lip sync with an uploaded audio file', { operation: 'lipSync', sourceVideoKind: 'media', videoSource: 'url', videoUrl: 'https://v.test/a.mp4', speechKind: 'audio', audioSource: 'url', audioUrl: 'https://a.test/a.mp3' }, 'lip_sync', ['video_media_id', 'audio_media_id']],
	['sound effect', { operation: 'soundEffect', sourceVideoKind: 'generated', sourceVideoId: '629000000000000999', soundEffectContent: 'rain' }, 'sound_effect', ['source_video_id', 'sound_effect_content', 'original_sound_switch']],
	['fusion', { operation: 'fusion', prompt: '@cat on @beach', model: 'v5', duration: 5, quality: '540p', references: { reference: [{ refName: 'cat', type: 'subject', image: 'https://img.test/cat.png' }, { refName: 'beach', type: 'background', image: '629000000000000777' }] } }, 'fusion', ['image_references', 'aspect_ratio']],
])('%s: submits to its endpoint with the right fields and finishes', async (_name, parameters, kind, fields) => {
	const result = await runPixVerse(sb, { resource: 'video', taskOptions: fastPolling, ...parameters });
	expect(result.error?.message).toBeUndefined();
	expect(result.status).toBe('success');
	expect(result.items[0].json.status).toBe('succeeded');
	const { body, path } = lastSubmitBody();
	expect(path).toBe(`/openapi/v2/video/${kind}/generate`);
	for (const f of fields) expect(body[f]).toBeDefined();
	if (kind === 'fusion') {
		const refs = body.image_references as Array<{ img_id: bigint; ref_name: string }>;
		expect(refs.map((r) => r.ref_name)).toEqual(['cat', 'beach']);
		expect(refs.every((r) => typeof r.img_id === 'bigint')).toBe(true);
		expect(String(refs[1].img_id)).toBe('629000000000000777');
	}
});

test('Generate without waiting returns the task id at once; Get Status then reads it', async () => {
	const submitted = await runPixVerse(sb, t2v('later [sb:duration=400]', { waitForCompletion: false }));
	expect(submitted.items[0].json.status).toBe('running');
	expect(submitted.items[0].json.taskId).toMatch(/^\d{18}$/);
	expect(sb.log.filter((e) => e.kind === 'poll')).toHaveLength(1);
	const status = await runPixVerse(sb, { resource: 'task', operation: 'getStatus', taskId: '={{ $json.taskId }}' }, [{ json: submitted.items[0].json }]);
	expect(status.items[0].json).toMatchObject({ taskId: submitted.items[0].json.taskId, status: 'running', progress: null });
	expect(acceptedSubmits(sb)).toHaveLength(1);
});

test('Get Status of an unknown task fails as not found, naming the task', async () => {
	const result = await runPixVerse(sb, { resource: 'task', operation: 'getStatus', taskId: '629000000000009999' });
	expect(result.status).toBe('error');
	expect(result.error?.message).toContain('629000000000009999');
	expect(result.error?.message).toContain('500008');
});

test('image and media uploads return their ids; balance returns the credits', async () => {
	const items = makeItems(1).map((item) => ({ ...item, binary: { data: { ...png } } }));
	const image = await runPixVerse(sb, { resource: 'image', operation: 'upload', imageSource: 'binary', imageBinary: 'data' }, items);
	expect(image.items[0].json.imageId).toMatch(/^\d{18}$/);
	const media = await runPixVerse(sb, { resource: 'media', operation: 'upload', mediaType: 'audio', mediaSource: 'url', mediaUrl: 'https://a.test/x.mp3' });
	expect(media.items[0].json).toMatchObject({ mediaType: 'audio' });
	expect(media.items[0].json.mediaId).toMatch(/^\d{18}$/);
	const balance = await runPixVerse(sb, { resource: 'account', operation: 'getBalance' });
	expect(balance.items[0].json.creditTotal).toBe(sb.pixverse.credits.get(sb.pixverse.apiKey));
});

test('insufficient credits (500090) fails the item as insufficient_credits without retrying', async () => {
	sb.pixverse.credits.set(sb.pixverse.apiKey, 5);
	const result = await runPixVerse(sb, t2v('poor'), makeItems(1), { settings: { continueOnFail: true } });
	expect(result.items[0].json.error).toMatchObject({ reason: 'insufficient_credits', code: '500090' });
	expect(sb.log.filter((e) => e.kind === 'submit')).toHaveLength(1);
});

test('an image flagged by moderation at submit (500054) fails as moderation', async () => {
	const result = await runPixVerse(sb, { resource: 'video', operation: 'imageToVideo', imageSource: 'url', imageUrl: 'https://img.test/unsafe.png', prompt: 'p' }, makeItems(1), { settings: { continueOnFail: true } });
	expect(result.items[0].json.error).toMatchObject({ reason: 'moderation', code: '500054' });
});
