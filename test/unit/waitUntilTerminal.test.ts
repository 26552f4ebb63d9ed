import { TaskCancelledError, TaskFailedError, TaskTimeoutError, ProviderError } from '../../nodes/shared/lifecycle/errors';
import type { PollPolicy, TaskSnapshot, TaskState } from '../../nodes/shared/lifecycle/types';
import { nextInterval, waitUntilTerminal } from '../../nodes/shared/lifecycle/waitUntilTerminal';
import { FakeClock } from '../helpers/fakeClock';

const policy: PollPolicy = { initialDelayMs: 3_000, intervalMs: 5_000, floorMs: 1_000, backoffFactor: 1, maxIntervalMs: 5_000, maxUnknownInARow: 3 };

function snap(state: TaskState, extra: Partial<TaskSnapshot> = {}): TaskSnapshot {
	return { taskId: 't1', state, progress: null, outputs: [], error: null, ...extra };
}

/** A poller that answers the given states in order (the last one repeats). */
function scripted(states: Array<TaskState | Error | TaskSnapshot>) {
	let i = 0;
	const calls: number[] = [];
	return {
		calls,
		poll: async (_id: string, clock?: FakeClock) => {
			calls.push(clock?.now() ?? 0);
			const s = states[Math.min(i++, states.length - 1)];
			if (s instanceof Error) throw s;
			return typeof s === 'string' ? snap(s) : s;
		},
	};
}

describe('waitUntilTerminal', () => {
	test('checks first and never sleeps after the task is already done', async () => {
		const clock = new FakeClock();
		const p = scripted(['succeeded']);
		const r = await waitUntilTerminal({ taskId: 't1', poll: (id) => p.poll(id, clock), policy, deadline: 60_000, clock, justSubmitted: false });
		expect(r.snapshot.state).toBe('succeeded');
		expect(r.polls).toBe(1);
		expect(clock.sleeps).toEqual([]);
	});

	test('a fresh task waits the initial delay, then polls at the interval, and stops at the first terminal answer', async () => {
		const clock = new FakeClock();
		const p = scripted(['queued', 'running', 'succeeded', 'failed']);
		const r = await waitUntilTerminal({ taskId: 't1', poll: (id) => p.poll(id, clock), policy, deadline: 60_000, clock, justSubmitted: true });
		expect(r.polls).toBe(3);
		expect(clock.sleeps).toEqual([3_000, 5_000, 5_000]);
		expect(p.calls).toEqual([3_000, 8_000, 13_000]);
	});

	test('the last sleep is clipped to the deadline, one last poll is made there, then it times out naming the task', async () => {
		const clock = new FakeClock();
		const p = scripted(['running']);
		const err = await waitUntilTerminal({ taskId: 't1', poll: (id) => p.poll(id, clock), policy, deadline: 12_000, clock, justSubmitted: false }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(TaskTimeoutError);
		expect((err as TaskTimeoutError).taskId).toBe('t1');
		expect((err as Error).message).toContain('t1');
		expect((err as TaskTimeoutError).hint).toContain('Wait Until Done');
		expect(clock.sleeps).toEqual([5_000, 5_000, 2_000]);
		expect(p.calls).toEqual([0, 5_000, 10_000, 12_000]);
		expect(clock.now()).toBe(12_000);
	});

	test('a user interval below the provider floor is raised to the floor', () => {
		expect(nextInterval(policy, 1, 200)).toBe(1_000);
		expect(nextInterval(policy, 1, 7_000)).toBe(7_000);
	});

	test('the automatic interval grows by the backoff factor up to its cap', () => {
		const growing: PollPolicy = { ...policy, backoffFactor: 2, maxIntervalMs: 30_000 };
		expect([1, 2, 3, 4, 5, 6].map((n) => nextInterval(growing, n))).toEqual([5_000, 10_000, 20_000, 30_000, 30_000, 30_000]);
	});

	test('an abort during a sleep ends the wait with a cancellation naming the task, without another poll', async () => {
		const clock = new FakeClock();
		const controller = new AbortController();
		clock.onSleep = () => controller.abort();
		const p = scripted(['running']);
		const err = await waitUntilTerminal({ taskId: 't9', poll: (id) => p.poll(id, clock), policy, deadline: 60_000, clock, signal: controller.signal, justSubmitted: false }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(TaskCancelledError);
		expect((err as TaskCancelledError).taskId).toBe('t9');
		expect(p.calls).toHaveLength(1);
	});

	test('a failed task rejects with its failure reason', async () => {
		const clock = new FakeClock();
		const failure = { reason: 'moderation' as const, code: '7', message: 'blocked', retryable: false };
		const p = scripted([snap('failed', { error: failure })]);
		const err = await waitUntilTerminal({ taskId: 't1', poll: (id) => p.poll(id, clock), policy, deadline: 60_000, clock, justSubmitted: false }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(TaskFailedError);
		expect((err as TaskFailedError).failure.reason).toBe('moderation');
	});

	test('unknown statuses count as running, but only a bounded number of times in a row', async () => {
		const clock = new FakeClock();
		const unknown = snap('running', { unknownStatus: true });
		const p = scripted([unknown, unknown, snap('running'), unknown, unknown, unknown, unknown]);
		const err = await waitUntilTerminal({ taskId: 't1', poll: (id) => p.poll(id, clock), policy, deadline: 600_000, clock, justSubmitted: false }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(TaskFailedError);
		expect((err as TaskFailedError).failure.reason).toBe('unknown');
		// 2 unknown, 1 known (resets the count), then 4 unknown: the 4th exceeds the cap of 3.
		expect(p.calls).toHaveLength(7);
	});

	test('a 429 during polling is retried after at least its Retry-After, and the wait goes on', async () => {
		const clock = new FakeClock();
		const busy = new ProviderError({ reason: 'rate_limited', code: '429', message: 'slow down', retryable: true }, { retryAfterMs: 7_000 });
		const p = scripted(['running', busy, 'succeeded']);
		const r = await waitUntilTerminal({ taskId: 't1', poll: (id) => p.poll(id, clock), policy, deadline: 600_000, clock, justSubmitted: false, random: () => 0 });
		expect(r.snapshot.state).toBe('succeeded');
		expect(clock.sleeps).toEqual([5_000, 7_000]);
	});

	test('a non-transient poll error (auth) is not retried', async () => {
		const clock = new FakeClock();
		const auth = new ProviderError({ reason: 'auth', code: '401', message: 'bad key', retryable: false });
		const p = scripted([auth, 'succeeded']);
		await expect(waitUntilTerminal({ taskId: 't1', poll: (id) => p.poll(id, clock), policy, deadline: 600_000, clock, justSubmitted: false })).rejects.toBe(auth);
		expect(p.calls).toHaveLength(1);
	});

	test('status checks that keep failing with transient errors end at the deadline as a timeout naming the task, not as a failed task', async () => {
		const clock = new FakeClock();
		const down = new ProviderError({ reason: 'upstream_error', code: '503', message: 'unavailable', retryable: true });
		const p = scripted(['running', down]);
		const err = await waitUntilTerminal({ taskId: 't7', poll: (id) => p.poll(id, clock), policy, deadline: 60_000, clock, justSubmitted: false, random: () => 0 }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(TaskTimeoutError);
		expect((err as TaskTimeoutError).taskId).toBe('t7');
		expect(clock.now()).toBeLessThanOrEqual(60_000);
	});
});
