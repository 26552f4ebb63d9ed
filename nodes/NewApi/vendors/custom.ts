import { ProviderError } from '../../shared/lifecycle/errors';
import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { OutputType, TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asString, getPath } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, output, percent, policyWith, reasonFromText, urlsAt } from './common';

/** A route described by the user: where the id, the status and the result live. */
export interface CustomTaskSpec {
	pollMethod: 'GET' | 'POST';
	/** e.g. /flux/v1/get_result?id={id}, or /tasks/{id} */
	pollPath: string;
	statusPath: string;
	successValues: string[];
	failureValues: string[];
	resultPaths: string[];
	errorPath?: string;
	progressPath?: string;
	outputType: OutputType;
	intervalMs: number;
}

export function fillId(template: string, id: string): string {
	return template.replace(/\{\{?\s*id\s*\}?\}/g, encodeURIComponent(id));
}

export function readCustomId(body: unknown, idPath: string): string {
	const id = asString(getPath(body, idPath));
	if (!id) throw new ProviderError(failureFor('upstream_error', `The response has no task id at "${idPath}"`), { hint: 'Check "ID Field Path" against the site\'s submit response (Include Raw Response shows it).' });
	return id;
}

export function customSnapshot(taskId: string, body: unknown, spec: CustomTaskSpec): TaskSnapshot {
	const raw = asString(getPath(body, spec.statusPath))?.trim() ?? '';
	const lower = raw.toLowerCase();
	const succeeded = spec.successValues.some((v) => v.toLowerCase() === lower);
	const failed = spec.failureValues.some((v) => v.toLowerCase() === lower);
	const why = (spec.errorPath ? asString(getPath(body, spec.errorPath)) : undefined) ?? `status ${raw}`;
	return {
		taskId,
		state: succeeded ? 'succeeded' : failed ? 'failed' : 'running',
		progress: succeeded ? 100 : spec.progressPath ? percent(getPath(body, spec.progressPath)) : null,
		outputs: succeeded ? urlsAt(body, spec.resultPaths).map((u) => output(spec.outputType, u)) : [],
		error: failed ? failureFor(reasonFromText(why), why) : null,
		raw: body,
		// An empty status is unknown; any other word that is neither success nor failure is running.
		unknownStatus: raw === '',
	};
}

export function customDriver(env: OperationEnv, spec: CustomTaskSpec): TaskDriver {
	return {
		provider: 'newapi',
		policy: policyWith({ initialDelayMs: spec.intervalMs, intervalMs: spec.intervalMs }),
		idempotentSubmit: false,
		poll: async (taskId) => customSnapshot(taskId, await newApiRequest(env, { method: spec.pollMethod, path: fillId(spec.pollPath, taskId), taskId }), spec),
	};
}
