import type { IDataObject } from 'n8n-workflow';

/** The canonical task states every provider's raw status maps onto. */
export type TaskState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'timedOut';

export const TERMINAL_STATES: ReadonlySet<TaskState> = new Set([
	'succeeded',
	'failed',
	'cancelled',
	'timedOut',
]);

export type FailureReason =
	| 'moderation'
	| 'insufficient_credits'
	| 'rate_limited'
	| 'invalid_input'
	| 'auth'
	| 'not_found'
	| 'upstream_error'
	| 'timeout'
	| 'cancelled'
	| 'unknown';

export interface TaskFailure {
	reason: FailureReason;
	/** The provider's own code (kept as a string so int64 codes survive). */
	code: string | null;
	message: string;
	retryable: boolean;
}

export type OutputType = 'video' | 'image' | 'audio' | 'draft' | 'text';

export interface TaskOutput {
	type: OutputType;
	url: string;
	mimeType?: string;
	width?: number;
	height?: number;
	durationSeconds?: number;
	/** The provider's id of this file (e.g. a Suno clip id), when it has one. */
	id?: string;
	title?: string;
}

/** One reading of a task, already translated out of the provider's words. */
export interface TaskSnapshot {
	taskId: string;
	state: TaskState;
	/** 0–100, or null when the provider does not say. */
	progress: number | null;
	outputs: TaskOutput[];
	error: TaskFailure | null;
	/** Provider-specific fields that belong in the output (credits, draft ids …). */
	extras?: IDataObject;
	raw?: unknown;
	/** True when the raw status was a word the adapter does not know. */
	unknownStatus?: boolean;
}

/** How often, and when first, a provider's task should be polled. All values in milliseconds. */
export interface PollPolicy {
	/** Wait before the first poll (the job cannot be done sooner). */
	initialDelayMs: number;
	/** The steady interval used when the user leaves Poll Interval on auto. */
	intervalMs: number;
	/** Never poll faster than this, whatever the user asks (e.g. a gateway that refreshes every 15 s). */
	floorMs: number;
	/** The interval grows by this factor after every unchanged poll, up to maxIntervalMs. */
	backoffFactor: number;
	maxIntervalMs: number;
	/** How many unknown statuses in a row are tolerated before the task is failed. */
	maxUnknownInARow: number;
}

export const DEFAULT_POLL_POLICY: PollPolicy = {
	initialDelayMs: 2_000,
	intervalMs: 5_000,
	floorMs: 250,
	backoffFactor: 1.25,
	maxIntervalMs: 30_000,
	maxUnknownInARow: 10,
};

/** The one output shape across all nodes. */
export interface NormalizedResult extends IDataObject {
	provider: string;
	operation: string;
	taskId: string | null;
	status: TaskState;
	progress: number | null;
	outputs: IDataObject[];
	error: IDataObject | null;
	submittedAt: string | null;
	finishedAt: string | null;
	waitedMs: number;
	polls: number;
}
