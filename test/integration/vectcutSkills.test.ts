import type { IDataObject } from 'n8n-workflow';

import { loadOptions, makeItems } from '../helpers/engine';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { fast, runVectCut, vcCredentials } from '../helpers/vectcut';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 200 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const submits = () => sb.log.filter((e) => e.service === 'vectcut' && e.kind === 'submit');

describe('AI video', () => {
	test.each<[string, IDataObject, string]>([
		['a duration Seedance 1.5 Pro does not take', { model: 'seedance-1.5-pro', genDuration: 20 }, 'Duration'],
		['a duration for Veo, which takes none', { model: 'veo3.1', genDuration: 8 }, 'Duration'],
		['a Sora 2 duration outside 10/15', { model: 'sora2', genDuration: 5 }, 'Duration'],
		['a resolution the model does not make', { model: 'sora2', genDuration: 10, resolution: '1920x1080' }, 'Resolution'],
		['a last frame for a model with first frame only', { model: 'grok-video-3', genDuration: 6, images: 'https://a.test/1.png, https://a.test/2.png' }, 'Images'],
		['audio for a model without audio', { model: 'veo3.1', genDuration: 0, generateAudio: true }, 'Generate Audio'],
	])('%s fails before any request', async (_name, params, field) => {
		const r = await runVectCut(sb, { resource: 'ai', operation: 'generateAiVideo', prompt: 'a cat', resolution: '1280x720', ...params });
		expect(r.status).toBe('error');
		expect(r.error?.message).toContain(field);
		expect(r.error?.message).toContain('[item 0]');
		expect(sb.log).toHaveLength(0);
	});

	test('a valid request sends gen_duration (never duration), waits, places the video in the draft and downloads it', async () => {
		const created = await runVectCut(sb, { resource: 'draft', operation: 'create' });
		const draftId = created.items[0].json.draftId as string;
		const r = await runVectCut(sb, { resource: 'ai', operation: 'generateAiVideo', prompt: 'a cat', model: 'seedance-1.5-pro', resolution: '720x1280', genDuration: 8, images: 'https://a.test/first.png', generateAudio: true, addToDraft: true, draftId, downloadResult: true, taskOptions: fast });
		expect(r.error?.message).toBeUndefined();
		const body = submits()[0].body!;
		expect(body).toMatchObject({ model: 'seedance-1.5-pro', resolution: '720x1280', gen_duration: 8, images: ['https://a.test/first.png'], generate_audio: true, draft_id: draftId });
		expect(body).not.toHaveProperty('duration');
		expect(r.items[0].json).toMatchObject({ status: 'succeeded', draftId, taskType: 'aiVideo' });
		expect(r.items[0].binary?.data?.mimeType).toBe('video/mp4');
		expect(sb.vectcut.drafts.get(draftId)!.tracks[0].segments).toHaveLength(1);
	});

	test('a failed AI video gives the reason with Continue On Fail', async () => {
		const r = await runVectCut(sb, { resource: 'ai', operation: 'generateAiVideo', prompt: 'bad [sb:fail]', model: 'sora2', resolution: '1280x720', genDuration: 10, taskOptions: fast }, makeItems(1), { settings: { continueOnFail: true } });
		expect(r.items[0].json).toMatchObject({ status: 'failed', error: { reason: 'moderation' } });
		expect(r.items[0].json.taskId).toBe(submits()[0].taskId);
	});
});

test.each<[string, IDataObject, string, string]>([
	['digital human', { resource: 'ai', operation: 'digitalHuman', videoUrl: 'https://a.test/p.mp4', audioUrl: 'https://a.test/s.mp3' }, 'digitalHuman', 'video/mp4'],
	['smart subtitle', { resource: 'ai', operation: 'smartSubtitle', url: 'https://a.test/p.mp4', agentId: 'asr_basic' }, 'smartSubtitle', ''],
	['remove background', { resource: 'ai', operation: 'removeBackground', videoUrl: 'https://a.test/p.mp4', backgroundImage: 'https://a.test/bg.png' }, 'removeBackground', ''],
	['extract audio', { resource: 'media', operation: 'extractAudio', videoUrl: 'https://a.test/p.mp4' }, 'extractAudio', 'audio/mpeg'],
	['split video', { resource: 'media', operation: 'splitVideo', videoUrl: 'https://a.test/p.mp4', start: '00:00:01.500', end: '4' }, 'splitVideo', 'video/mp4'],
])('%s: submit, wait, result; then Get Status / Wait Until Done by id', async (_name, params, taskType, mime) => {
	const r = await runVectCut(sb, { ...params, downloadResult: Boolean(mime), taskOptions: fast });
	expect(r.error?.message).toBeUndefined();
	const json = r.items[0].json;
	expect(json).toMatchObject({ status: 'succeeded', taskType });
	expect((json.outputs as IDataObject[]).length).toBeGreaterThan(0);
	if (mime) expect(r.items[0].binary?.data?.mimeType).toBe(mime);
	else expect(json.draftUrl).toContain('draft_id=');
	expect(submits()).toHaveLength(1);
	const again = await runVectCut(sb, { resource: 'task', operation: 'getStatus', taskId: '={{ $json.taskId }}', taskType: '={{ $json.taskType }}' }, [{ json }]);
	expect(again.items[0].json).toMatchObject({ status: 'succeeded', taskId: json.taskId });
	const waited = await runVectCut(sb, { resource: 'task', operation: 'waitUntilDone', taskOptions: fast }, [{ json }]);
	expect(waited.items[0].json.status).toBe('succeeded');
	expect(submits()).toHaveLength(1);
});

test('generate image (sync) into a draft, downloaded', async () => {
	const created = await runVectCut(sb, { resource: 'draft', operation: 'create' });
	const draftId = created.items[0].json.draftId as string;
	const r = await runVectCut(sb, { resource: 'ai', operation: 'generateImage', prompt: '给这个人带上红色的帽子', model: 'nano_banana_pro', size: '1024x1024', addToDraft: true, draftId, options: { start: 1, end: 5, intro_animation: '放大' }, downloadResult: true });
	expect(r.error?.message).toBeUndefined();
	expect(r.items[0].json).toMatchObject({ status: 'succeeded', draftId });
	expect((r.items[0].json.outputs as IDataObject[]).map((o) => o.type)).toEqual(['image', 'draft']);
	expect(r.items[0].binary?.data?.mimeType).toBe('image/png');
	expect(submits()[0].body).toMatchObject({ prompt: '给这个人带上红色的帽子', model: 'nano_banana_pro', draft_id: draftId, start: 1, end: 5, intro_animation: '放大' });
});

test('generate speech and get duration', async () => {
	const speech = await runVectCut(sb, { resource: 'ai', operation: 'generateSpeech', text: '你好', provider: 'minimax', voiceId: 'female-1', model: 'speech-2.6-hd', downloadResult: true });
	expect(speech.items[0].binary?.data?.mimeType).toBe('audio/mpeg');
	const duration = await runVectCut(sb, { resource: 'media', operation: 'getDuration', url: 'https://a.test/p.mp4' });
	expect(duration.items[0].json.durationSeconds).toBe(12.5);
});

test('the long tail: known fields plus Additional Body Fields reach the API', async () => {
	const r = await runVectCut(sb, { resource: 'more', operation: 'searchSticker', keyword: '猫', extraBody: '{"page": 2}' });
	expect(r.error?.message).toBeUndefined();
	expect(sb.log[0].body).toEqual({ keyword: '猫', page: 2 });
	const clone = await runVectCut(sb, { resource: 'more', operation: 'cloneVoiceFish', file_url: 'https://a.test/voice.wav', title: 'me' });
	expect((clone.items[0].json.result as IDataObject).voice_id).toMatch(/^fish_/);
});

test('catalog pickers load from the API; the effect list follows the chosen category', async () => {
	const fonts = await loadOptions('CUSTOM.vectCut', 'getFontTypes', { resource: 'timeline', operation: 'addText' }, vcCredentials(sb));
	expect(fonts.map((o) => o.value)).toEqual(['思源黑体', '站酷快乐体', 'Poppins']);
	const character = await loadOptions('CUSTOM.vectCut', 'getEffectTypes', { resource: 'timeline', operation: 'addEffect', effectCategory: 'character' }, vcCredentials(sb));
	expect(character.map((o) => o.value)).toEqual(['大头', '描边']);
	expect(sb.log.map((e) => e.path)).toEqual(['/cut_jianying/get_font_types', '/cut_jianying/get_video_character_effect_types']);
});

test('a self-hosted VectCutAPI (no /cut_jianying prefix) is reached at the root', async () => {
	const r = await runVectCut(sb, { resource: 'draft', operation: 'create' }, makeItems(1), { credentials: { vectCutApi: { apiKey: sb.vectcut.apiKey, baseUrl: sb.url, pathPrefix: '' } } });
	expect(r.status).toBe('error');
	expect(sb.log[0].path).toBe('/create_draft');
});

test.each<[string, IDataObject, string]>([
	['add video without a URL', { resource: 'timeline', operation: 'addVideo', videoUrl: '={{ $json.i ? "" : "https://a.test/a.mp4" }}' }, 'Video URL'],
	['add text without text', { resource: 'timeline', operation: 'addText', text: '={{ $json.i ? "" : "hi" }}' }, 'Text'],
	['an end before the start', { resource: 'timeline', operation: 'addImage', imageUrl: 'https://a.test/a.png', start: 3, end: '={{ $json.i ? 1 : 5 }}' }, 'End'],
	['subtitles that are not SRT', { resource: 'timeline', operation: 'addSubtitle', srtSource: 'text', srtText: '={{ $json.i ? "just text" : "1\\n00:00:00,000 --> 00:00:01,000\\nx" }}' }, 'SRT Text'],
	['a missing SRT binary', { resource: 'timeline', operation: 'addSubtitle', srtSource: 'binary', srtBinary: '={{ $json.i ? "nope" : "data" }}' }, 'SRT Binary Property'],
	['render without a draft', { resource: 'draft', operation: 'render', draftId: '={{ $json.i ? "" : "dfd_cat_1_aaaaaaaa" }}' }, 'Draft ID'],
	['additional fields that are not JSON', { resource: 'timeline', operation: 'addVideo', videoUrl: 'https://a.test/a.mp4', extraBody: '={{ $json.i ? "{oops" : "{}" }}' }, 'Additional Body Fields'],
	['split with end before start', { resource: 'media', operation: 'splitVideo', videoUrl: 'https://a.test/a.mp4', start: '5', end: '={{ $json.i ? "2" : "9" }}' }, 'End'],
	['remove background with two backgrounds', { resource: 'ai', operation: 'removeBackground', videoUrl: 'https://a.test/a.mp4', backgroundImage: 'https://a.test/b.png', backgroundVideo: '={{ $json.i ? "https://a.test/c.mp4" : "" }}' }, 'Background'],
	['a task type that does not exist', { resource: 'task', operation: 'waitUntilDone', taskId: 't1', taskType: '={{ $json.i ? "pixverse" : "render" }}' }, 'Task Type'],
])('bad input (%s) is rejected before any request, naming the field and the item', async (_name, params, field) => {
	const items = makeItems(2).map((item) => ({ ...item, binary: { data: { data: Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nx').toString('base64'), mimeType: 'text/plain' } } }));
	const r = await runVectCut(sb, params, items);
	expect(r.status).toBe('error');
	expect(r.error?.message).toContain(field);
	expect(r.error?.message).toContain('[item 1]');
	expect(sb.log).toHaveLength(0);
});
