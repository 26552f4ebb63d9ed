import { runPixVerse, t2v } from '../helpers/pixverse';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 100 });
});
afterAll(async () => sb.close());

test('a 300 MB result is streamed into binary data: peak memory growth stays far below the file size', async () => {
	const size = 300 * 1024 * 1024;
	global.gc?.();
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, 10);
	const result = await runPixVerse(sb, t2v(`big [sb:size=${size}]`, { downloadResult: true }));
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	expect(result.status).toBe('success');
	const binary = result.items[0].binary!.data;
	expect(binary.bytes ?? Number(binary.fileSize)).toBeDefined();
	expect(binary.id).toMatch(/^filesystem/);
	const growth = peak - before;
	process.stdout.write(`300 MB download: peak RSS growth ${(growth / 1048576).toFixed(1)} MB (${((growth / size) * 100).toFixed(1)} % of the file)\n`);
	expect(growth / size).toBeLessThan(0.25);
});
