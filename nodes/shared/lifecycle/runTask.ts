import type { IBinaryData, IDataObject } from 'n8n-workflow';

import { downloadToBinary, type DownloadEnv } from '../binary/download';
import { ProviderError, TaskError, TransportFailure } from './errors';
import { SUBMIT_RETRY, isSafeToResubmit, settle, withRetry } from '../transport/retry';
import type { Clock } from './clock';
import { toNormalizedResult } from './output';
import type { NormalizedResult, PollPolicy, TaskSnapshot } from './types';
import { waitUntilTerminal } from './waitUntilTerminal';

export interface SubmitResult {
	taskId: string;
	/** Whatever the submit response already says about the task (often "queued"). */
	snapshot?: TaskSnapshot;
}

/** What a provider adapter gives the engine for one task. */
export interface TaskDriver {
	provider: string;
	policy: PollPolicy;
	/** True when a repeated submit returns the same job (idempotency key), so retries are safe. */
	idempotentSubmit: boolean;
	poll(taskId: string): Promise<TaskSnapshot>;
}

export interface TaskRunOptions {
	operation: string;
	/** Paid submit. Absent when waiting on an existing task id. */
	submit?: () => Promise<SubmitResult>;
	taskId?: string;
	/** Poll until terminal (otherwise: return the submit snapshot, or one poll). */
	wait: boolean;
	/** Poll exactly once (Get Status). */
	pollOnce?: boolean;
	download: boolean;
	binaryProperty: string;
	timeoutMs: number;
	userIntervalMs?: number;
	includeRaw: boolean;
	/** Fields added to the output json. */
	extras?: IDataObject;
}

/** Shared by every task of one node execution. */
export interface BatchEnv extends DownloadEnv {
	clock: Clock;
	signal?: AbortSignal;
	random?: () => number;
	/** Resolves the next time a task of this batch ends (a provider slot may be free). */
	slotFreed(): Promise<void>;
	notifySlotFreed(): void;
}

export interface TaskRunResult {
	json: NormalizedResult;
	binary?: Record<string, IBinaryData>;
}

/** Longest pause between two submits refused as "busy" (the batch also wakes when a slot frees). */
const BUSY_MAX_PAUSE_MS = 30_000;

function isBusy(error: unknown): boolean {
	return error instanceof ProviderError && error.notAccepted && error.failure.reason === 'rate_limited';
}

/**
 * Submit (at most once, unless the provider provably did not accept it), then wait, then
 * collect: the single path every generation of every node takes.
 */
export async function runTask(driver: TaskDriver, env: BatchEnv, opts: TaskRunOptions): Promise<TaskRunResult> {
	const { clock, signal } = env;
	const started = clock.now();
	let submittedAt: number | null = null;
	let snapshot: TaskSnapshot | undefined;
	let taskId = opts.taskId ?? '';
	let polls = 0;

	if (opts.submit) {
		const submitted = await submitPatiently(driver, env, opts.submit, started + opts.timeoutMs);
		submittedAt = clock.now();
		taskId = submitted.taskId;
		snapshot = submitted.snapshot;
	}

	const waitFrom = submittedAt ?? started;
	const attachTaskId = (error: unknown) => {
		if (error instanceof TaskError && !error.taskId && taskId) error.taskId = taskId;
		return error;
	};
	try {
		if (opts.wait) {
			const result = await waitUntilTerminal({
				taskId,
				poll: (id) => driver.poll(id),
				policy: driver.policy,
				userIntervalMs: opts.userIntervalMs,
				deadline: waitFrom + opts.timeoutMs,
				startedAt: waitFrom,
				clock,
				signal,
				random: env.random,
				justSubmitted: Boolean(opts.submit),
			});
			snapshot = result.snapshot;
			polls = result.polls;
		} else if (opts.pollOnce || !snapshot) {
			snapshot = await driver.poll(taskId);
			polls = 1;
		}
	} catch (error) {
		throw attachTaskId(error);
	} finally {
		if (opts.submit) env.notifySlotFreed();
	}

	const finishedAt = snapshot.state === 'succeeded' || snapshot.state === 'failed' || snapshot.state === 'cancelled' ? clock.now() : null;
	const json = toNormalizedResult(
		driver.provider,
		opts.operation,
		opts.extras ? { ...snapshot, extras: { ...opts.extras, ...(snapshot.extras ?? {}) } } : snapshot,
		{ submittedAt, finishedAt, waitedMs: clock.now() - waitFrom, polls },
		opts.includeRaw,
	);

	if (!opts.download || snapshot.state !== 'succeeded' || snapshot.outputs.length === 0) return { json };

	const binary: Record<string, IBinaryData> = {};
	const outputs = json.outputs;
	let n = 0;
	for (let i = 0; i < snapshot.outputs.length; i++) {
		// A draft link opens an editor page; it is not a file to download.
		if (snapshot.outputs[i].type === 'draft') continue;
		const key = n === 0 ? opts.binaryProperty : `${opts.binaryProperty}_${n}`;
		n++;
		const downloaded = await settle(() => downloadToBinary(env, snapshot.outputs[i], `${taskId || 'result'}${i ? `_${i}` : ''}`));
		if (!downloaded.ok) throw attachTaskId(downloaded.error);
		binary[key] = downloaded.value;
		(outputs[i] as IDataObject).binaryProperty = key;
	}
	return { json, binary };
}

/**
 * Sends the paid submit. A "busy" refusal (concurrency limit, 429) keeps the item queued
 * locally and tries again when another task of the batch ends or after a backoff, until the
 * deadline. Other failures are repeated only when the provider cannot have accepted the request
 * or deduplicates it.
 */
async function submitPatiently(
	driver: TaskDriver,
	env: BatchEnv,
	submit: () => Promise<SubmitResult>,
	deadline: number,
): Promise<SubmitResult> {
	const { clock, signal } = env;
	let busyRounds = 0;
	for (;;) {
		const outcome = await settle(() =>
			withRetry(submit, SUBMIT_RETRY, (e) => !isBusy(e) && isSafeToResubmit(e, driver.idempotentSubmit), {
				clock,
				signal,
				deadline,
				random: env.random,
			}),
		);
		if (outcome.ok) return outcome.value;
		const { error } = outcome;
		if (!isBusy(error) || signal?.aborted) throw explainUnconfirmedSubmit(error, driver.idempotentSubmit);
		busyRounds++;
		const retryAfter = (error as ProviderError).retryAfterMs ?? 0;
		const backoff = Math.min(BUSY_MAX_PAUSE_MS, 1_000 * 2 ** Math.min(busyRounds, 5));
		const pause = Math.max(retryAfter, backoff * (0.5 + (env.random ?? Math.random)() / 2));
		if (clock.now() + Math.min(pause, 1_000) > deadline) throw error;
		const wake = new AbortController();
		const onAbort = () => wake.abort();
		signal?.addEventListener('abort', onAbort, { once: true });
		// Retry-After is a floor; otherwise wake as soon as another task of this batch ends.
		const waiters: Array<Promise<void>> = [clock.sleep(Math.min(pause, deadline - clock.now()), wake.signal)];
		if (retryAfter === 0) waiters.push(env.slotFreed());
		await Promise.race(waiters);
		wake.abort();
		signal?.removeEventListener('abort', onAbort);
		if (signal?.aborted) throw error;
	}
}

/**
 * A submit whose answer never came (reset, timeout, 5xx page) may still have been accepted and
 * billed. Without an idempotency key the node does not send it again; it says so, and what to do.
 */
function explainUnconfirmedSubmit(error: unknown, idempotent: boolean): unknown {
	const unconfirmed =
		(error instanceof TransportFailure && !error.beforeSend && error.code !== 'ERR_CANCELED') ||
		(error instanceof ProviderError && !error.notAccepted && error.failure.retryable);
	if (unconfirmed && !idempotent && error instanceof TaskError) {
		error.hint = 'The submit got no clear answer, so the provider may or may not have started (and billed) the job. Check the provider\'s task list before running it again: a new submit is a new, separately billed job.';
	}
	return error;
}
