import type { IDataObject } from 'n8n-workflow';

import { makeItems } from '../helpers/engine';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { chainVectCut, fast, runVectCut } from '../helpers/vectcut';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 250 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

test('a 6-node workflow (create → add video → add text → add audio → render → wait) builds exactly those tracks and returns the MP4 as binary', async () => {
	const result = await chainVectCut(sb, [
		{ name: 'Create', parameters: { resource: 'draft', operation: 'create', canvas: '9:16' } },
		{ name: 'Add Video', parameters: { resource: 'timeline', operation: 'addVideo', videoUrl: 'https://cdn.test/clip.mp4', start: 0, end: 5, targetStart: 0 } },
		{ name: 'Add Text', parameters: { resource: 'timeline', operation: 'addText', text: 'Hello 你好', start: 0, end: 3, fontSize: 10, options: { transform_y: -0.5 } } },
		{ name: 'Add Audio', parameters: { resource: 'timeline', operation: 'addAudio', audioUrl: 'https://cdn.test/bgm.mp3', volume: 0.6 } },
		{ name: 'Render', parameters: { resource: 'draft', operation: 'render', resolution: '1080P', framerate: '30', waitForCompletion: false } },
		{ name: 'Wait', parameters: { resource: 'task', operation: 'waitUntilDone', downloadResult: true, taskOptions: fast } },
	]);
	expect(result.error?.message).toBeUndefined();
	expect(result.order).toEqual(['Create', 'Add Video', 'Add Text', 'Add Audio', 'Render', 'Wait']);
	const draftId = result.byNode.Create[0].json.draftId as string;
	expect(draftId).toMatch(/^dfd_cat_\d+_[0-9a-f]{8}$/);
	// Every step kept the draft id without any mapping.
	for (const name of ['Add Video', 'Add Text', 'Add Audio', 'Render']) expect(result.byNode[name][0].json.draftId).toBe(draftId);
	const draft = sb.vectcut.drafts.get(draftId)!;
	expect(draft.tracks.map((t) => [t.name, t.type, t.segments.length])).toEqual([
		['video_main', 'video', 1],
		['text_main', 'text', 1],
		['audio_main', 'audio', 1],
	]);
	expect(draft.tracks[0].segments[0]).toMatchObject({ video_url: 'https://cdn.test/clip.mp4', start: 0, end: 5 });
	expect(draft.tracks[1].segments[0]).toMatchObject({ text: 'Hello 你好', font_size: 10, transform_y: -0.5 });
	expect(draft.tracks[2].segments[0]).toMatchObject({ audio_url: 'https://cdn.test/bgm.mp3', volume: 0.6 });
	const out = result.items[0];
	expect(out.json).toMatchObject({ provider: 'vectcut', status: 'succeeded', taskType: 'render', draftId });
	expect(out.binary?.data?.mimeType).toBe('video/mp4');
	expect(sb.log.filter((e) => e.path === '/cut_jianying/generate_video')[0].body).toEqual({ draft_id: draftId, resolution: '1080P', framerate: '30' });
});

test('Get Script returns the parsed draft with what was added, in order, on the named tracks', async () => {
	const result = await chainVectCut(sb, [
		{ name: 'Create', parameters: { resource: 'draft', operation: 'create', canvas: '16:9' } },
		{ name: 'Image A', parameters: { resource: 'timeline', operation: 'addImage', imageUrl: 'https://cdn.test/a.png', start: 0, end: 2, track_name: 'pics' } },
		{ name: 'Image B', parameters: { resource: 'timeline', operation: 'addImage', imageUrl: 'https://cdn.test/b.png', start: 2, end: 4, track_name: 'pics', extraBody: '{"alpha": 0.5}' } },
		{ name: 'Subtitle', parameters: { resource: 'timeline', operation: 'addSubtitle', srtSource: 'text', srtText: '1\n00:00:00,000 --> 00:00:02,000\nHi\n' } },
		{ name: 'Effect', parameters: { resource: 'timeline', operation: 'addEffect', effectCategory: 'scene', effectType: '下雨' } },
		{ name: 'Sticker', parameters: { resource: 'timeline', operation: 'addSticker', stickerId: 'st_1' } },
		{ name: 'Filter', parameters: { resource: 'timeline', operation: 'addFilter', filterType: '胶片' } },
		{ name: 'Keyframe', parameters: { resource: 'timeline', operation: 'addKeyframe', trackName: 'pics', propertyType: 'alpha', time: 1, value: '0.2' } },
		{ name: 'Script', parameters: { resource: 'draft', operation: 'getScript' } },
	]);
	expect(result.error?.message).toBeUndefined();
	const script = result.items[0].json.script as IDataObject & { width: number; tracks: Array<{ name: string; segments: IDataObject[]; keyframes?: IDataObject[] }> };
	expect(script.width).toBe(1920);
	expect(script.tracks.map((t) => t.name)).toEqual(['pics', 'subtitle', 'effect_01', 'sticker_main', 'filter_01']);
	expect(script.tracks[0].segments.map((s) => s.image_url)).toEqual(['https://cdn.test/a.png', 'https://cdn.test/b.png']);
	expect(script.tracks[0].segments[1].alpha).toBe(0.5);
	expect(script.tracks[0].keyframes).toEqual([{ property_type: 'alpha', time: 1, value: '0.2' }]);
	expect(script.tracks[1].segments[0].srt).toContain('00:00:00,000 --> 00:00:02,000');
});

test('subtitles from an input binary .srt file', async () => {
	const srt = Buffer.from('\uFEFF1\n00:00:01,000 --> 00:00:02,500\n字幕\n').toString('base64');
	const items = [{ json: {}, binary: { subs: { data: srt, mimeType: 'application/x-subrip', fileName: 'a.srt' } } }];
	const created = await runVectCut(sb, { resource: 'draft', operation: 'create' });
	const draftId = created.items[0].json.draftId as string;
	const r = await runVectCut(sb, { resource: 'timeline', operation: 'addSubtitle', draftId, srtSource: 'binary', srtBinary: 'subs' }, items);
	expect(r.error?.message).toBeUndefined();
	expect(sb.vectcut.drafts.get(draftId)!.tracks[0].segments[0].srt).toBe('1\n00:00:01,000 --> 00:00:02,500\n字幕\n');
});

test('a failed render surfaces VectCut\'s error text and the task id', async () => {
	const created = await runVectCut(sb, { resource: 'draft', operation: 'create', name: 'broken [sb:fail]' });
	const draftId = created.items[0].json.draftId as string;
	const r = await runVectCut(sb, { resource: 'draft', operation: 'render', draftId, taskOptions: fast });
	expect(r.status).toBe('error');
	const taskId = [...sb.vectcut.tasks.keys()][0];
	expect(r.error?.message).toContain(taskId);
	expect(r.error?.message).toContain('素材下载失败');
});

test('balance exhaustion surfaces the purchase link, and nothing was charged', async () => {
	const created = await runVectCut(sb, { resource: 'draft', operation: 'create' });
	sb.vectcut.balance = 0;
	const r = await runVectCut(sb, { resource: 'draft', operation: 'render', draftId: created.items[0].json.draftId, taskOptions: fast }, makeItems(1), { settings: { continueOnFail: true } });
	expect(r.items[0].json.error).toMatchObject({ reason: 'insufficient_credits' });
	expect(String((r.items[0].json.error as IDataObject).hint)).toContain(sb.vectcut.purchaseLink);
	expect(sb.vectcut.tasks.size).toBe(0);
	const hard = await runVectCut(sb, { resource: 'draft', operation: 'render', draftId: created.items[0].json.draftId });
	expect(hard.error?.description).toContain(sb.vectcut.purchaseLink);
});

test('a business error with HTTP 200 (success: false) fails the item with VectCut\'s message', async () => {
	const r = await runVectCut(sb, { resource: 'timeline', operation: 'addVideo', draftId: 'dfd_cat_1_deadbeef', videoUrl: 'https://cdn.test/a.mp4' });
	expect(r.status).toBe('error');
	expect(r.error?.message).toContain('draft_id dfd_cat_1_deadbeef not found');
	expect(r.error?.message).toContain('[item 0]');
});

test('adding without a draft id makes VectCut create one, returned for the next node', async () => {
	const r = await runVectCut(sb, { resource: 'timeline', operation: 'addImage', draftId: '', imageUrl: 'https://cdn.test/a.png' });
	const id = r.items[0].json.draftId as string;
	expect(sb.vectcut.drafts.get(id)?.tracks[0].segments).toHaveLength(1);
	expect((r.items[0].json.outputs as IDataObject[])[0]).toMatchObject({ type: 'draft', url: expect.stringContaining(id) });
});

test('Save returns the draft download URL', async () => {
	const created = await runVectCut(sb, { resource: 'draft', operation: 'create' });
	const saved = await runVectCut(sb, { resource: 'draft', operation: 'save', draftId: created.items[0].json.draftId });
	expect(saved.items[0].json.draftUrl).toContain(created.items[0].json.draftId as string);
});
