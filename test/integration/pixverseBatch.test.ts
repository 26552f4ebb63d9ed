import { makeItems } from '../helpers/engine';
import { acceptedSubmits, runPixVerse, t2v } from '../helpers/pixverse';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 300 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

test('20 text-to-video items: 20 outputs in input order with pairedItem and binary, in about the time of the slowest task', async () => {
	// Durations spread from 400 to 1350 ms; the prompt carries the item index.
	const durations = Array.from({ length: 20 }, (_, i) => 400 + ((i * 7) % 20) * 50);
	sb.pixverse.plan = (body) => ({ durationMs: durations[Number(/#(\d+)/.exec(String(body.prompt))?.[1])] });
	const result = await runPixVerse(
		sb,
		t2v('={{ "a red fox #" + $json.i }}', { downloadResult: true, taskOptions: { pollIntervalSeconds: 0.05, maxConcurrency: 20 } }),
		makeItems(20),
	);
	expect(result.status).toBe('success');
	expect(result.items).toHaveLength(20);
	result.items.forEach((item, i) => {
		expect(item.pairedItem).toEqual({ item: i });
		expect(item.json.status).toBe('succeeded');
		const job = sb.pixverse.jobs.get(item.json.taskId as string);
		expect(job).toBeDefined();
		expect((job as unknown as { body: { prompt: string } }).body.prompt).toBe(`a red fox #${i}`);
		expect(item.binary?.data?.mimeType).toBe('video/mp4');
		expect(item.binary?.data?.fileSize).toBeDefined();
	});
	expect(acceptedSubmits(sb)).toHaveLength(20);
	const slowest = Math.max(...durations);
	const sum = durations.reduce((a, b) => a + b, 0);
	// Sequential processing would take at least `sum`; parallel waiting follows the slowest task.
	expect(result.ms / sum).toBeLessThan(0.25);
	expect(result.ms / slowest).toBeLessThan(2.5);
});

test('with a concurrency cap of 4, at most 4 tasks of the batch run at the provider at once', async () => {
	sb.pixverse.plan = () => ({ durationMs: 250 });
	const result = await runPixVerse(sb, t2v('={{ "cap #" + $json.i }}', { taskOptions: { pollIntervalSeconds: 0.05, maxConcurrency: 4 } }), makeItems(10));
	expect(result.status).toBe('success');
	const jobs = [...sb.pixverse.jobs.values()].map((j) => [j.createdAt, j.createdAt + j.durationMs] as const);
	let peak = 0;
	for (const [start] of jobs) peak = Math.max(peak, jobs.filter(([s, e]) => s <= start && start < e).length);
	expect(peak).toBeLessThanOrEqual(4);
	expect(peak).toBeGreaterThanOrEqual(2);
});

test('500044 (concurrency limit) at submit: items stay queued and are submitted when a slot frees, one paid submit each', async () => {
	sb.pixverse.concurrencyLimit = 3;
	sb.pixverse.plan = () => ({ durationMs: 300 });
	const result = await runPixVerse(sb, t2v('={{ "queued #" + $json.i }}', { taskOptions: { pollIntervalSeconds: 0.05, maxConcurrency: 8 } }), makeItems(8));
	expect(result.status).toBe('success');
	expect(result.items.map((i) => i.json.status)).toEqual(Array(8).fill('succeeded'));
	const refusedSubmits = sb.log.filter((e) => e.kind === 'submit' && !e.accepted && !e.deduplicated);
	expect(refusedSubmits.length).toBeGreaterThan(0);
	const perPrompt = new Map<string, number>();
	for (const e of acceptedSubmits(sb)) perPrompt.set(String((e as { prompt?: string }).prompt), (perPrompt.get(String((e as { prompt?: string }).prompt)) ?? 0) + 1);
	expect(perPrompt.size).toBe(8);
	expect([...perPrompt.values()]).toEqual(Array(8).fill(1));
});
