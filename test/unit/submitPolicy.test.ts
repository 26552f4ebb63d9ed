import { ProviderError, TransportFailure } from '../../nodes/shared/lifecycle/errors';
import { runTask, type BatchEnv, type TaskDriver } from '../../nodes/shared/lifecycle/runTask';
import type { TaskSnapshot } from '../../nodes/shared/lifecycle/types';
import { backoffDelay, isSafeToResubmit, withRetry, SUBMIT_RETRY } from '../../nodes/shared/transport/retry';
import { FakeClock } from '../helpers/fakeClock';

const refused = new TransportFailure('refused', true, 'ECONNREFUSED');
const reset = new TransportFailure('reset', false, 'ECONNRESET');
const timeout = new TransportFailure('timeout', false, 'ETIMEDOUT');
const tooMany = new ProviderError({ reason: 'rate_limited', code: '429', message: 'busy', retryable: true }, { accepted: false });
const bad500 = new ProviderError({ reason: 'upstream_error', code: '500', message: 'oops', retryable: true });
const authRefused = new ProviderError({ reason: 'auth', code: '10001', message: 'bad key', retryable: false }, { accepted: false });
const invalid = new ProviderError({ reason: 'invalid_input', code: '400', message: 'bad', retryable: false });

describe('when a paid submit may be sent again', () => {
	test.each([
		['connection refused (never reached the provider)', refused, false, true],
		['429 / documented busy code (provider refused it)', tooMany, false, true],
		['connection reset after sending (may have been accepted)', reset, false, false],
		['timeout (may have been accepted)', timeout, false, false],
		['HTTP 500 (may have been accepted)', bad500, false, false],
		['invalid input', invalid, false, false],
		['reset, with an idempotency key', reset, true, true],
		['timeout, with an idempotency key', timeout, true, true],
		['invalid input, even with an idempotency key', invalid, true, false],
		['refused for a bad key (not accepted, but pointless to repeat)', authRefused, false, false],
	])('%s', (_name, error, idempotent, expected) => {
		expect(isSafeToResubmit(error, idempotent)).toBe(expected);
	});

	test('a non-idempotent submit that timed out is sent exactly once', async () => {
		const clock = new FakeClock();
		let calls = 0;
		const submit = async () => {
			calls++;
			throw timeout;
		};
		await expect(withRetry(submit, SUBMIT_RETRY, (e) => isSafeToResubmit(e, false), { clock })).rejects.toBe(timeout);
		expect(calls).toBe(1);
	});

	test('backoff honours Retry-After as a floor and stays under the cap otherwise', () => {
		const policy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 8_000 };
		expect(backoffDelay(policy, 1, 20_000, () => 0.5)).toBe(20_000);
		for (let attempt = 1; attempt < 8; attempt++) {
			const d = backoffDelay(policy, attempt, undefined, Math.random);
			expect(d).toBeLessThanOrEqual(8_000);
			expect(d).toBeGreaterThanOrEqual(Math.min(8_000, 1_000 * 2 ** (attempt - 1)) / 2);
		}
	});
});

function batchEnv(clock: FakeClock): BatchEnv & { freed: () => void } {
	let waiters: Array<() => void> = [];
	const env = {
		ctx: undefined as never,
		transport: undefined as never,
		clock,
		random: () => 0,
		slotFreed: () => new Promise<void>((r) => waiters.push(r)),
		notifySlotFreed: () => {
			const w = waiters;
			waiters = [];
			w.forEach((r) => r());
		},
		freed: () => env.notifySlotFreed(),
	};
	return env;
}

const done = (id: string): TaskSnapshot => ({ taskId: id, state: 'succeeded', progress: 100, outputs: [], error: null });

describe('runTask', () => {
	const driver: TaskDriver = {
		provider: 'p',
		policy: { initialDelayMs: 1_000, intervalMs: 1_000, floorMs: 10, backoffFactor: 1, maxIntervalMs: 1_000, maxUnknownInARow: 3 },
		idempotentSubmit: false,
		poll: async (id) => done(id),
	};

	test('a "busy" refusal keeps the item queued and resubmits when another task of the batch ends', async () => {
		const clock = new FakeClock();
		const env = batchEnv(clock);
		let calls = 0;
		const submit = async () => {
			calls++;
			if (calls < 3) throw tooMany;
			return { taskId: 'T' };
		};
		// While the item sleeps after a busy answer, a task of the batch ends: wake up at once.
		clock.onSleep = (ms) => {
			if (ms > 100) env.freed();
		};
		const r = await runTask(driver, env, { operation: 'op', submit, wait: true, download: false, binaryProperty: 'data', timeoutMs: 600_000, includeRaw: false });
		expect(calls).toBe(3);
		expect(r.json.taskId).toBe('T');
		expect(r.json.status).toBe('succeeded');
	});

	test('a busy provider past the deadline fails the item without any accepted submit', async () => {
		const clock = new FakeClock();
		const env = batchEnv(clock);
		let calls = 0;
		const submit = async () => {
			calls++;
			throw tooMany;
		};
		await expect(runTask(driver, env, { operation: 'op', submit, wait: true, download: false, binaryProperty: 'data', timeoutMs: 20_000, includeRaw: false })).rejects.toBe(tooMany);
		expect(calls).toBeGreaterThan(1);
		expect(clock.now()).toBeLessThanOrEqual(20_000);
	});

	test('a poll failure after the submit carries the task id', async () => {
		const clock = new FakeClock();
		const env = batchEnv(clock);
		const failing: TaskDriver = { ...driver, poll: async () => Promise.reject(new ProviderError({ reason: 'auth', code: '401', message: 'no', retryable: false })) };
		const err = await runTask(failing, env, { operation: 'op', submit: async () => ({ taskId: 'T42' }), wait: true, download: false, binaryProperty: 'data', timeoutMs: 60_000, includeRaw: false }).catch((e: unknown) => e);
		expect((err as ProviderError).taskId).toBe('T42');
	});
});
