import type { FailureReason, TaskFailure, TaskSnapshot } from './types';

/**
 * Base of every error the engine raises on purpose. `taskId` is set whenever a provider task
 * exists, so the user can always resume with Wait Until Done.
 */
export class TaskError extends Error {
	constructor(
		message: string,
		readonly failure: TaskFailure,
		public taskId: string | null,
		public hint: string,
		readonly httpCode?: number,
		readonly snapshot?: TaskSnapshot,
	) {
		super(message);
		this.name = new.target.name;
	}
}

/** Bad input found before any request: names the field. */
export class InputError extends TaskError {
	constructor(
		readonly field: string,
		message: string,
		hint = 'Fix the parameter and run the node again.',
	) {
		super(message, { reason: 'invalid_input', code: null, message, retryable: false }, null, hint);
	}
}

/** The provider answered a request with an error (HTTP status or error envelope). */
export class ProviderError extends TaskError {
	constructor(
		failure: TaskFailure,
		opts: {
			taskId?: string | null;
			httpCode?: number;
			hint?: string;
			accepted?: boolean;
			retryAfterMs?: number;
		} = {},
	) {
		super(
			failure.message,
			failure,
			opts.taskId ?? null,
			opts.hint ?? defaultHint(failure.reason, opts.taskId ?? null),
			opts.httpCode,
		);
		this.notAccepted = opts.accepted === false;
		this.retryAfterMs = opts.retryAfterMs;
	}

	/** Server-suggested wait before a retry (from Retry-After), in milliseconds. */
	readonly retryAfterMs?: number;

	/** True when the provider certainly did not accept (and will not bill) the request. */
	readonly notAccepted: boolean;
}

/** The transport could not get an answer (reset, refused, timeout, malformed body). */
export class TransportFailure extends TaskError {
	constructor(
		message: string,
		/** True when the request cannot have reached the provider (connection refused, DNS). */
		readonly beforeSend: boolean,
		readonly code: string | null,
	) {
		super(
			message,
			{ reason: 'upstream_error', code, message, retryable: true },
			null,
			'Check the Base URL and your network, then run the node again.',
		);
	}
}

export class TaskFailedError extends TaskError {
	constructor(snapshot: TaskSnapshot, failure: TaskFailure) {
		super(
			`Task ${snapshot.taskId} ${snapshot.state === 'cancelled' ? 'was cancelled' : 'failed'}: ${failure.message}`,
			failure,
			snapshot.taskId,
			failedTaskHint(failure.reason),
			undefined,
			snapshot,
		);
	}
}

/** What to do about a task the provider ended as failed (it will not finish by waiting). */
function failedTaskHint(reason: FailureReason): string {
	if (reason === 'moderation' || reason === 'insufficient_credits' || reason === 'invalid_input' || reason === 'auth') return defaultHint(reason, null);
	return 'The provider ended this task as failed; waiting longer will not change it. Check the message, then submit again (that starts a new job).';
}

export class TaskTimeoutError extends TaskError {
	constructor(taskId: string, waitedMs: number, snapshot?: TaskSnapshot) {
		const seconds = waitedMs < 10_000 ? (waitedMs / 1000).toFixed(1) : String(Math.round(waitedMs / 1000));
		const message = `Task ${taskId} did not finish within ${seconds} s (last status: ${snapshot?.state ?? 'unknown'})`;
		super(
			message,
			{ reason: 'timeout', code: null, message, retryable: true },
			taskId,
			`The task may still finish. Use the "Wait Until Done" operation with task ID ${taskId} to collect it later, or raise the Timeout option. Do not submit it again: that starts a new, separately billed job.`,
			undefined,
			snapshot,
		);
	}
}

export class TaskCancelledError extends TaskError {
	constructor(taskId: string | null) {
		const message = taskId
			? `Stopped waiting for task ${taskId}: the execution was cancelled`
			: 'The execution was cancelled';
		super(
			message,
			{ reason: 'cancelled', code: null, message, retryable: false },
			taskId,
			taskId
				? `The task keeps running at the provider. Use "Wait Until Done" with task ID ${taskId} to collect it.`
				: 'Run the workflow again.',
		);
	}
}

/** What the user can do next, by failure reason. */
export function defaultHint(reason: FailureReason, taskId: string | null): string {
	const resume = taskId ? ` Use "Wait Until Done" with task ID ${taskId} to check it again.` : '';
	switch (reason) {
		case 'moderation':
			return 'The content was rejected by the provider\'s moderation. Change the prompt or the input media and submit again.';
		case 'insufficient_credits':
			return 'Your account has too few credits. Top up with the provider, then run the node again.';
		case 'rate_limited':
			return `The provider is busy or your plan's concurrency limit is reached. Lower "Max Concurrent Tasks" or try again later.${resume}`;
		case 'invalid_input':
			return 'The provider rejected the parameters. Check them against the model\'s limits and run the node again.';
		case 'auth':
			return 'The API key was refused. Check the credential\'s API key and Base URL.';
		case 'not_found':
			return 'The provider does not know this task or resource. Check the ID and that it belongs to this account and service.';
		case 'timeout':
		case 'upstream_error':
			return `The provider reported an internal error.${resume || ' Try again later.'}`;
		default:
			return `The provider reported an error.${resume}`;
	}
}
