import type { Clock } from '../lifecycle/clock';
import { ProviderError, TaskError, TransportFailure } from '../lifecycle/errors';

export interface RetryPolicy {
	/** Attempts in all, the first included. */
	maxAttempts: number;
	/** Delay before the first retry, in milliseconds; doubles each time (full jitter). */
	baseDelayMs: number;
	maxDelayMs: number;
}

/** Polls and other reads: safe to repeat. */
export const READ_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 30_000 };

/** Paid submits: repeated only when the provider cannot have accepted the first one. */
export const SUBMIT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 };

export interface RetryContext {
	clock: Clock;
	signal?: AbortSignal;
	/** Absolute time (clock ms) after which no retry is started. */
	deadline?: number;
	random?: () => number;
	/** Called before each retry sleep (for logging/metrics). */
	onRetry?: (error: TaskError, attempt: number, delayMs: number) => void;
}

/** Whether an error is worth repeating a read for (429, 5xx, resets, timeouts). */
export function isTransient(error: unknown): boolean {
	if (error instanceof TransportFailure) return error.code !== 'ERR_CANCELED';
	if (error instanceof ProviderError) return error.failure.retryable;
	return false;
}

/**
 * Whether a paid submit may be repeated: only when the provider cannot have accepted it
 * (connection refused, 429, a documented busy code), or when the provider deduplicates by an
 * idempotency key, in which case any transient failure is safe.
 */
export function isSafeToResubmit(error: unknown, idempotent: boolean): boolean {
	if (error instanceof TransportFailure) {
		if (error.code === 'ERR_CANCELED') return false;
		return error.beforeSend || idempotent;
	}
	if (error instanceof ProviderError) {
		// Refused and not retryable (bad key, bad input, no credits): sending again cannot help.
		if (!error.failure.retryable) return false;
		return error.notAccepted || idempotent;
	}
	return false;
}

/** Full-jitter exponential backoff, at least the server's Retry-After. */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined, random: () => number): number {
	const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	const jittered = cap / 2 + random() * (cap / 2);
	return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Runs `fn` until it succeeds, the error is not retryable, attempts run out, the deadline
 * would be passed, or the signal aborts. The last error is rethrown unchanged.
 */
export async function withRetry<T>(
	fn: (attempt: number) => Promise<T>,
	policy: RetryPolicy,
	shouldRetry: (error: unknown) => boolean,
	ctx: RetryContext,
): Promise<T> {
	const random = ctx.random ?? Math.random;
	for (let attempt = 1; ; attempt++) {
		const outcome = await settle(() => fn(attempt));
		if (outcome.ok) return outcome.value;
		const { error } = outcome;
		if (attempt >= policy.maxAttempts || ctx.signal?.aborted || !shouldRetry(error)) throw error;
		const retryAfter = error instanceof ProviderError ? error.retryAfterMs : undefined;
		const delay = backoffDelay(policy, attempt, retryAfter, random);
		if (ctx.deadline !== undefined && ctx.clock.now() + delay > ctx.deadline) throw error;
		if (error instanceof TaskError) ctx.onRetry?.(error, attempt, delay);
		await ctx.clock.sleep(delay, ctx.signal);
		if (ctx.signal?.aborted) throw error;
	}
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs `fn` and reports its result or its error as a value. */
export async function settle<T>(fn: () => Promise<T>): Promise<Settled<T>> {
	try {
		return { ok: true, value: await fn() };
	} catch (error) {
		return { ok: false, error };
	}
}
