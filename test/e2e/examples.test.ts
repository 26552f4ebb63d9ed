/**
 * Every example workflow, executed by a real n8n through its CLI against the sandbox, with this
 * package installed as a community package.
 */
import type { IDataObject } from 'n8n-workflow';

import { executeWorkflow, itemsOf, prepareRealN8n, type RealN8n } from '../helpers/realN8n';

let real: RealN8n;
const timings: Array<[string, number]> = [];

beforeAll(async () => {
	real = await prepareRealN8n(5720);
});
afterAll(async () => {
	await real?.sandbox.close();
	process.stdout.write(`Example runs through the n8n CLI: ${timings.map(([f, ms]) => `${f} ${(ms / 1000).toFixed(1)} s`).join(', ')}\n`);
});

const idOf = (file: string) => String(real.examples.get(file)!.id);

test.each<[string, string, number, (items: Array<{ json: IDataObject; binary?: IDataObject }>) => void]>([
	['pixverse-image-to-video.json', 'Image to Video', 1, (items) => expect(items[0].binary?.data).toBeDefined()],
	['newapi-video-batch.json', 'Generate Videos', 10, (items) => expect(items.every((i) => (i.binary?.data as IDataObject)?.mimeType === 'video/mp4')).toBe(true)],
	['midjourney-imagine-upscale.json', 'Upscale U1', 1, (items) => expect((items[0].binary?.data as IDataObject)?.mimeType).toBe('image/png')],
	['suno-song.json', 'Write a Song', 2, (items) => expect(items.every((i) => (i.binary?.data as IDataObject)?.mimeType === 'audio/mpeg')).toBe(true)],
	['vectcut-draft-render.json', 'Render', 1, (items) => expect((items[0].binary?.data as IDataObject)?.mimeType).toBe('video/mp4')],
	['compare-three-services.json', 'Compare', 3, (items) => expect(items.map((i) => i.json.provider)).toEqual(['pixverse', 'newapi', 'vectcut'])],
])('%s runs in n8n and ends with %i succeeded item(s) at "%s"', async (file, lastNode, count, check) => {
	const run = await executeWorkflow(real, idOf(file));
	timings.push([file, run.ms]);
	expect(run.error).toBeUndefined();
	expect(run.code).toBe(0);
	const items = itemsOf(run, lastNode);
	expect(items).toHaveLength(count);
	expect(items.every((i) => i.json.status === 'succeeded')).toBe(true);
	check(items);
});

test('the VectCut example really built the draft it rendered: video, text and audio tracks', async () => {
	const drafts = [...real.sandbox.vectcut.drafts.values()];
	const rendered = drafts.find((d) => d.tracks.length === 3);
	expect(rendered?.tracks.map((t) => t.type)).toEqual(['video', 'text', 'audio']);
});
