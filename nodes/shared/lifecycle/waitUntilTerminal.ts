import { READ_RETRY, isTransient, settle, withRetry } from '../transport/retry';
import type { Clock } from './clock';
import { TaskCancelledError, TaskError, TaskFailedError, TaskTimeoutError } from './errors';

/** Rounds of exhausted poll retries (each up to READ_RETRY attempts) before giving up early. */
const MAX_FAILED_ROUNDS = 3;

function attachTask(error: unknown, taskId: string): unknown {
	if (error instanceof TaskError && !error.taskId) error.taskId = taskId;
	return error;
}
import { TERMINAL_STATES, type PollPolicy, type TaskSnapshot } from './types';

export interface WaitParams {
	taskId: string;
	/** One status read. Transient failures are retried here, never past the deadline. */
	poll: (taskId: string) => Promise<TaskSnapshot>;
	policy: PollPolicy;
	/** A fixed interval chosen by the user, in ms; still never below `policy.floorMs`. */
	userIntervalMs?: number;
	/** Absolute clock time by which the task must be terminal. */
	deadline: number;
	clock: Clock;
	signal?: AbortSignal;
	/** A task that was just submitted cannot be done at once: sleep the initial delay first. */
	justSubmitted: boolean;
	random?: () => number;
	/** When the wait began (clock ms), for the timeout message; defaults to now. */
	startedAt?: number;
	/** Called with every snapshot read (progress reporting, metrics). */
	onSnapshot?: (snapshot: TaskSnapshot) => void;
}

export interface WaitResult {
	snapshot: TaskSnapshot;
	polls: number;
}

/** Interval before the next poll: user's fixed value, or the policy's growing one. */
export function nextInterval(policy: PollPolicy, pollsSoFar: number, userIntervalMs?: number): number {
	if (userIntervalMs !== undefined && userIntervalMs > 0) return Math.max(userIntervalMs, policy.floorMs);
	const grown = policy.intervalMs * policy.backoffFactor ** Math.max(0, pollsSoFar - 1);
	return Math.max(policy.floorMs, Math.min(grown, Math.max(policy.maxIntervalMs, policy.intervalMs)));
}

/**
 * Polls until the task is terminal. Check first, then sleep: there is no sleep after the task
 * finished. The deadline is fixed by the caller; the last sleep is clipped to it and one final
 * poll is made at the deadline before giving up. Sleeps wake on the abort signal.
 *
 * Resolves with a succeeded snapshot; rejects with TaskFailedError, TaskTimeoutError,
 * TaskCancelledError, or the poll's own non-transient error.
 */
export async function waitUntilTerminal(params: WaitParams): Promise<WaitResult> {
	const { clock, signal, policy, taskId, deadline } = params;
	let polls = 0;
	let unknownInARow = 0;
	let last: TaskSnapshot | undefined;
	const startedAt = params.startedAt ?? clock.now();

	const pause = async (ms: number) => {
		const clipped = Math.min(ms, Math.max(0, deadline - clock.now()));
		if (clipped > 0) await clock.sleep(clipped, signal);
		if (signal?.aborted) throw new TaskCancelledError(taskId);
	};

	if (signal?.aborted) throw new TaskCancelledError(taskId);
	if (params.justSubmitted) await pause(Math.min(policy.initialDelayMs, nextInterval(policy, 1, params.userIntervalMs)));

	let failedRounds = 0;
	for (;;) {
		const polled = await settle(() =>
			withRetry(() => params.poll(taskId), READ_RETRY, isTransient, {
				clock,
				signal,
				deadline,
				random: params.random,
			}),
		);
		if (!polled.ok) {
			if (signal?.aborted) throw new TaskCancelledError(taskId);
			if (!isTransient(polled.error)) throw attachTask(polled.error, taskId);
			// A status check that keeps failing is not a failed task: wait on until the deadline,
			// then report a timeout that names the task, so it can be collected later.
			failedRounds++;
			if (clock.now() >= deadline) throw new TaskTimeoutError(taskId, clock.now() - startedAt, last);
			if (failedRounds > MAX_FAILED_ROUNDS) throw attachTask(polled.error, taskId);
			await pause(nextInterval(policy, polls + 1, params.userIntervalMs));
			continue;
		}
		failedRounds = 0;
		const snapshot = polled.value;
		polls++;
		last = snapshot;
		params.onSnapshot?.(snapshot);

		if (TERMINAL_STATES.has(snapshot.state)) {
			if (snapshot.state === 'succeeded') return { snapshot, polls };
			throw new TaskFailedError(
				snapshot,
				snapshot.error ?? {
					reason: snapshot.state === 'cancelled' ? 'cancelled' : 'unknown',
					code: null,
					message: snapshot.state === 'cancelled' ? 'The task was cancelled at the provider' : 'The provider reported a failure without a reason',
					retryable: false,
				},
			);
		}
		unknownInARow = snapshot.unknownStatus ? unknownInARow + 1 : 0;
		if (unknownInARow > policy.maxUnknownInARow) {
			throw new TaskFailedError(
				{ ...snapshot, state: 'failed' },
				{
					reason: 'unknown',
					code: null,
					message: `The provider answered ${unknownInARow} times in a row with a status this node does not know`,
					retryable: true,
				},
			);
		}
		if (clock.now() >= deadline) throw new TaskTimeoutError(taskId, clock.now() - startedAt, last);
		await pause(nextInterval(policy, polls, params.userIntervalMs));
	}
}
