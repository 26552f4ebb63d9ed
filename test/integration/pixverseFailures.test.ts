import { makeItems, timedNodeType } from '../helpers/engine';
import { acceptedSubmits, runPixVerse, t2v } from '../helpers/pixverse';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ defaultDurationMs: 200 });
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

describe.each([
	['moderation (status 7)', 'moderation', 'moderation', '7'],
	['generation failure (status 8)', 'failed', 'upstream_error', '8'],
])('%s', (_name, outcome, reason, code) => {
	test('with Continue On Fail the item carries error.reason and the task id; the other items succeed', async () => {
		const result = await runPixVerse(
			sb,
			t2v(`={{ $json.i === 1 ? "bad [sb:fail=${outcome}]" : "good " + $json.i }}`),
			makeItems(3),
			{ settings: { continueOnFail: true } },
		);
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(3);
		const failed = result.items[1].json;
		expect(failed.status).toBe('failed');
		expect(failed.error).toMatchObject({ reason, code, retryable: false });
		expect(failed.taskId).toMatch(/^\d{18}$/);
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect([result.items[0].json.status, result.items[2].json.status]).toEqual(['succeeded', 'succeeded']);
	});

	test('without it the node fails, naming the item and the task id', async () => {
		const result = await runPixVerse(sb, t2v(`={{ $json.i === 1 ? "bad [sb:fail=${outcome}]" : "good " + $json.i }}`), makeItems(2));
		expect(result.status).toBe('error');
		const taskId = acceptedSubmits(sb).find((e) => (e as { prompt?: string }).prompt?.startsWith('bad'))?.taskId;
		expect(taskId).toBeDefined();
		expect(result.error?.message).toContain(taskId);
		expect(result.error?.message).toContain('[item 1]');
		expect(result.error?.description).toBeTruthy();
	});
});

test('a submit whose response was lost, then n8n\'s Retry On Fail: the same Ai-trace-id comes back and no second job is created', async () => {
	// The first submit is accepted but its answer is lost; the node's own resubmits then find
	// the line dead (resets) until n8n retries the whole node.
	sb.faults.add({ type: 'lost-response', kind: 'submit', times: 1 });
	sb.faults.add({ type: 'reset', kind: 'submit', times: 3 });
	const result = await runPixVerse(sb, t2v('a lighthouse at dusk'), makeItems(1), {
		settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 },
	});
	expect(result.status).toBe('success');
	const submits = sb.log.filter((e) => e.kind === 'submit');
	expect(submits.length).toBeGreaterThanOrEqual(5);
	expect(new Set(submits.map((e) => e.traceId)).size).toBe(1);
	expect(acceptedSubmits(sb)).toHaveLength(1);
	expect(submits.some((e) => e.deduplicated)).toBe(true);
	expect(sb.pixverse.jobs.size).toBe(1);
	expect(result.items[0].json.taskId).toBe(acceptedSubmits(sb)[0].taskId);
});

test('different items and different executions get different trace ids', async () => {
	await runPixVerse(sb, t2v('same prompt'), makeItems(2));
	await runPixVerse(sb, t2v('same prompt'), makeItems(1));
	const traces = sb.log.filter((e) => e.kind === 'submit').map((e) => e.traceId);
	expect(traces).toHaveLength(3);
	expect(new Set(traces).size).toBe(3);
	expect(sb.pixverse.jobs.size).toBe(3);
	// Every poll gets a fresh trace id too.
	const polls = sb.log.filter((e) => e.kind === 'poll').map((e) => e.traceId);
	expect(new Set(polls).size).toBe(polls.length);
});

test('timeout: the error names the task id; Wait Until Done with that id then finishes the job', async () => {
	const first = await runPixVerse(sb, t2v('slow one [sb:stuck]', { taskOptions: { pollIntervalSeconds: 0.05, timeoutSeconds: 0.4 } }));
	expect(first.status).toBe('error');
	const taskId = acceptedSubmits(sb)[0].taskId as string;
	expect(first.error?.message).toContain(taskId);
	expect(first.error?.description).toContain('Wait Until Done');
	// The provider finishes it later.
	const job = sb.pixverse.jobs.get(taskId)!;
	job.outcome = 'success';
	job.durationMs = 0;
	sb.clearLog();
	const resumed = await runPixVerse(sb, { resource: 'task', operation: 'waitUntilDone', taskId, downloadResult: true, taskOptions: { pollIntervalSeconds: 0.05 } });
	expect(resumed.status).toBe('success');
	expect(resumed.items[0].json).toMatchObject({ taskId, status: 'succeeded' });
	expect(resumed.items[0].binary?.data?.mimeType).toBe('video/mp4');
	expect(sb.log.filter((e) => e.kind === 'submit')).toHaveLength(0);
});

test('a timed-out item under Continue On Fail is output with status timedOut and its task id', async () => {
	const result = await runPixVerse(sb, t2v('stuck [sb:stuck]', { taskOptions: { pollIntervalSeconds: 0.05, timeoutSeconds: 0.3 } }), makeItems(1), { settings: { continueOnFail: true } });
	expect(result.items[0].json).toMatchObject({ status: 'timedOut', error: { reason: 'timeout' } });
	expect(result.items[0].json.taskId).toBe(acceptedSubmits(sb)[0].taskId);
});

test('cancelling the execution while waiting returns within a fifth of the poll interval and sends nothing more', async () => {
	let cancel: () => void = () => undefined;
	const pollInterval = 5;
	const timed = timedNodeType('CUSTOM.pixVerse');
	const running = runPixVerse(sb, t2v('long [sb:duration=60000]', { taskOptions: { pollIntervalSeconds: pollInterval } }), makeItems(2), {
		nodeType: timed.type,
		onStart: (c) => (cancel = c),
	});
	// Wait until both tasks are submitted and polled once.
	while (sb.log.filter((e) => e.kind === 'poll').length < 2) await new Promise((r) => setTimeout(r, 20));
	const cancelledAt = Date.now();
	cancel();
	const result = await running;
	const latency = Date.now() - cancelledAt;
	expect(result.status).toBe('canceled');
	expect(latency / (pollInterval * 1000)).toBeLessThan(0.2);
	// The node itself returned, not only the engine's report of the cancel.
	while (timed.endedAt() === undefined && Date.now() - cancelledAt < pollInterval * 1000) await new Promise((r) => setTimeout(r, 10));
	expect(timed.endedAt()).toBeDefined();
	expect((timed.endedAt()! - cancelledAt) / (pollInterval * 1000)).toBeLessThan(0.2);
	await new Promise((r) => setTimeout(r, 300));
	expect(sb.log.filter((e) => e.t > cancelledAt)).toHaveLength(0);
});
