import type { IDataObject } from 'n8n-workflow';

import { TaskError } from './errors';
import type { NormalizedResult, TaskFailure, TaskSnapshot, TaskState } from './types';

export interface ResultTiming {
	submittedAt: number | null;
	finishedAt: number | null;
	waitedMs: number;
	polls: number;
}

export function failureToJson(failure: TaskFailure): IDataObject {
	return { reason: failure.reason, code: failure.code, message: failure.message, retryable: failure.retryable };
}

function iso(ms: number | null): string | null {
	return ms === null ? null : new Date(ms).toISOString();
}

/** Builds the one output shape from a snapshot. */
export function toNormalizedResult(
	provider: string,
	operation: string,
	snapshot: Pick<TaskSnapshot, 'taskId' | 'state' | 'progress' | 'outputs' | 'error' | 'extras' | 'raw'>,
	timing: ResultTiming,
	includeRaw: boolean,
): NormalizedResult {
	const result: NormalizedResult = {
		provider,
		operation,
		taskId: snapshot.taskId || null,
		status: snapshot.state,
		progress: snapshot.progress,
		outputs: snapshot.outputs.map((o) => ({ ...o }) as IDataObject),
		error: snapshot.error ? failureToJson(snapshot.error) : null,
		submittedAt: iso(timing.submittedAt),
		finishedAt: iso(timing.finishedAt),
		waitedMs: Math.max(0, Math.round(timing.waitedMs)),
		polls: timing.polls,
		...(snapshot.extras ?? {}),
	};
	if (includeRaw && snapshot.raw !== undefined) result.raw = snapshot.raw as IDataObject;
	return result;
}

/** The output item for a failed item under Continue On Fail: same shape, `error` set. */
export function errorToNormalizedResult(
	provider: string,
	operation: string,
	error: unknown,
	timing: ResultTiming,
): NormalizedResult {
	const taskError = error instanceof TaskError ? error : undefined;
	const failure: TaskFailure = taskError?.failure ?? {
		reason: 'unknown',
		code: null,
		message: error instanceof Error ? error.message : String(error),
		retryable: false,
	};
	const state: TaskState =
		failure.reason === 'timeout' ? 'timedOut' : failure.reason === 'cancelled' ? 'cancelled' : 'failed';
	const snapshot = taskError?.snapshot;
	const result = toNormalizedResult(
		provider,
		operation,
		{
			taskId: taskError?.taskId ?? snapshot?.taskId ?? '',
			state,
			progress: snapshot?.progress ?? null,
			outputs: snapshot?.outputs ?? [],
			error: failure,
			extras: snapshot?.extras,
		},
		timing,
		false,
	);
	(result.error as IDataObject).hint = taskError?.hint ?? null;
	if (taskError instanceof TaskError && 'field' in taskError) (result.error as IDataObject).field = (taskError as { field: string }).field;
	return result;
}

/** The output shape for work that finished within the request (no task to wait for). */
export function immediateResult(provider: string, operation: string, startedAt: number, outputs: TaskSnapshot['outputs'], extras: IDataObject = {}): NormalizedResult {
	return toNormalizedResult(
		provider,
		operation,
		{ taskId: '', state: 'succeeded', progress: 100, outputs, error: null, extras },
		{ submittedAt: startedAt, finishedAt: Date.now(), waitedMs: Date.now() - startedAt, polls: 0 },
		false,
	);
}
