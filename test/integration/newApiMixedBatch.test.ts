import type { INodeExecutionData } from 'n8n-workflow';

import { makeItems } from '../helpers/engine';
import { fast, model, paidSubmits, runNewApi } from '../helpers/newapi';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 200 });
});
afterAll(async () => sb.close());

test('a 15-item mixed batch (5 videos, 5 Midjourney, 5 Suno) submitted without waiting, then waited on together, finishes in about the time of its slowest task', async () => {
	// Durations 300–1500 ms, spread over the three kinds; the prompt carries the item number.
	const duration = (n: number) => 300 + ((n * 7) % 15) * 85;
	sb.newapi.plan = (body) => {
		const n = /#(\d+)/.exec(JSON.stringify(body))?.[1];
		return n === undefined ? undefined : { durationMs: duration(Number(n)) };
	};
	const started = Date.now();
	const noWait = { waitForCompletion: false, taskOptions: fast };
	const videos = await runNewApi(sb, { resource: 'video', operation: 'generate', model: model('kling-v2-1'), prompt: '={{ "clip #" + $json.n }}', ...noWait }, makeItems(5, (i) => ({ n: i })));
	const images = await runNewApi(sb, { resource: 'midjourney', operation: 'imagine', prompt: '={{ "image #" + $json.n }}', ...noWait }, makeItems(5, (i) => ({ n: 5 + i })));
	const songs = await runNewApi(sb, { resource: 'suno', operation: 'generateMusic', mode: 'description', gptDescription: '={{ "song #" + $json.n }}', ...noWait }, makeItems(5, (i) => ({ n: 10 + i })));
	const submitted: INodeExecutionData[] = [...videos.items, ...images.items, ...songs.items].map((item) => ({ json: item.json }));
	expect(submitted.map((i) => i.json.status).every((s) => s === 'queued' || s === 'running')).toBe(true);

	const waited = await runNewApi(sb, { resource: 'task', operation: 'waitUntilDone', downloadResult: true, taskOptions: { ...fast, maxConcurrency: 15 } }, submitted);
	const wall = Date.now() - started;
	expect(waited.error?.message).toBeUndefined();
	// 5 videos + 5 images + 5 songs of 2 clips each.
	expect(waited.items).toHaveLength(20);
	expect(waited.items.every((i) => i.json.status === 'succeeded' && i.binary?.data)).toBe(true);
	const pairs = waited.items.map((i) => (i.pairedItem as { item: number }).item);
	expect(pairs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14]);
	expect(paidSubmits(sb)).toHaveLength(15);
	const durations = Array.from({ length: 15 }, (_, n) => duration(n));
	const slowest = Math.max(...durations);
	const sum = durations.reduce((a, b) => a + b, 0);
	expect(wall / slowest).toBeLessThan(1.8);
	expect(wall / sum).toBeLessThan(0.2);
});
