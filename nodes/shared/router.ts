import {
	NodeApiError,
	NodeOperationError,
	type IBinaryData,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import type { TaskDefaults } from './descriptions/taskOptions';
import { systemClock, type Clock } from './lifecycle/clock';
import { InputError, ProviderError, TaskCancelledError, TaskError, TaskFailedError, TaskTimeoutError } from './lifecycle/errors';
import { errorToNormalizedResult } from './lifecycle/output';
import { runTask, type BatchEnv, type SubmitResult, type TaskDriver } from './lifecycle/runTask';
import { runItems } from './runItems';
import { Transport, type TransportOptions } from './transport/http';
import { settle } from './transport/retry';

export type TaskMode = 'generate' | 'status' | 'wait';

/** What a task operation returns for one item after reading and checking its parameters. */
export interface TaskPlan {
	mode: TaskMode;
	driver: TaskDriver;
	/** Paid submit (generate). Any free preparation (uploads) happens inside it. */
	submit?: () => Promise<SubmitResult>;
	/** Existing task (status / wait). */
	taskId?: string;
	/** One output item per result file (e.g. each Suno clip), all paired with the input item. */
	splitOutputs?: boolean;
	/** Fields added to the output, e.g. what a later Wait Until Done needs to find the task again. */
	extras?: IDataObject;
}

export interface OperationEnv {
	ctx: IExecuteFunctions;
	transport: Transport;
	clock: Clock;
	signal?: AbortSignal;
}

export interface TaskOperation {
	kind: 'task';
	mode: TaskMode;
	/** Reads and validates one item's parameters. Sends no request; throws InputError on bad input. */
	prepare(env: OperationEnv, itemIndex: number): Promise<TaskPlan>;
}

export interface SimpleResult {
	json: IDataObject;
	binary?: Record<string, IBinaryData>;
}

export interface SimpleOperation<P = unknown> {
	kind: 'simple';
	/** Reads and checks one item's parameters; sends no request. Every item is prepared before any is executed. */
	prepare?(env: OperationEnv, itemIndex: number): Promise<P> | P;
	/** One input item gives one result, or a list (e.g. one item per model). */
	execute(env: OperationEnv, itemIndex: number, prepared: P): Promise<SimpleResult | SimpleResult[]>;
}

// Each simple operation has its own prepared type; the router only passes it through.
export type Operation = TaskOperation | SimpleOperation<unknown>;

export interface NodeRuntime {
	provider: string;
	transport: TransportOptions;
	defaults: TaskDefaults;
	/** Task defaults that differ by resource (e.g. a gateway's video routes). */
	defaultsByResource?: Record<string, TaskDefaults>;
	operations: Record<string, Record<string, Operation>>;
	/** Injected in tests; the system clock otherwise. */
	clock?: Clock;
}

interface TaskSettings {
	wait: boolean;
	download: boolean;
	binaryProperty: string;
	timeoutMs: number;
	userIntervalMs?: number;
	includeRaw: boolean;
}

function readSettings(ctx: IExecuteFunctions, itemIndex: number, mode: TaskMode, defaults: TaskDefaults): TaskSettings {
	const options = ctx.getNodeParameter('taskOptions', itemIndex, {}) as IDataObject;
	const wait = mode === 'wait' || (mode === 'generate' && (ctx.getNodeParameter('waitForCompletion', itemIndex, true) as boolean));
	const download = (mode !== 'generate' || wait) && (ctx.getNodeParameter('downloadResult', itemIndex, false) as boolean);
	const timeoutSeconds = Number(options.timeoutSeconds ?? defaults.timeoutSeconds);
	if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
		throw new InputError('Timeout (Seconds)', `"Timeout (Seconds)" must be a positive number, got ${String(options.timeoutSeconds)}`);
	}
	const interval = Number(options.pollIntervalSeconds ?? 0);
	const binaryProperty = String(options.binaryPropertyName ?? 'data').trim() || 'data';
	return {
		wait,
		download,
		binaryProperty,
		timeoutMs: timeoutSeconds * 1000,
		userIntervalMs: Number.isFinite(interval) && interval > 0 ? interval * 1000 : undefined,
		includeRaw: Boolean(options.includeRaw),
	};
}

function readConcurrency(ctx: IExecuteFunctions, defaults: TaskDefaults): number {
	const options = ctx.getNodeParameter('taskOptions', 0, {}) as IDataObject;
	const value = Number(options.maxConcurrency ?? defaults.maxConcurrency);
	return Number.isFinite(value) && value >= 1 ? Math.floor(value) : defaults.maxConcurrency;
}

function createBatchEnv(env: OperationEnv): BatchEnv {
	let waiters: Array<() => void> = [];
	return {
		...env,
		slotFreed: () => new Promise<void>((resolve) => waiters.push(resolve)),
		notifySlotFreed: () => {
			const wake = waiters;
			waiters = [];
			for (const resolve of wake) resolve();
		},
	};
}

/** Turns an engine error into the n8n error the user sees: names the item, the task and the next step. */
export function toNodeError(ctx: IExecuteFunctions, transport: Transport | undefined, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	const redact = (text: string) => (transport ? transport.redact(text) : text);
	const node = ctx.getNode();
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (!(error instanceof TaskError)) {
		const message = error instanceof Error ? error.message : String(error);
		return new NodeOperationError(node, redact(message), { itemIndex, description: `Item ${itemIndex}` });
	}
	let message = redact(error.message);
	if (error instanceof InputError && !message.includes(error.field)) message = `${error.field}: ${message}`;
	if (error.taskId && !message.includes(error.taskId)) message += ` (task ${error.taskId})`;
	message += ` [item ${itemIndex}]`;
	const description = redact(error.hint);
	if (error instanceof InputError || error instanceof TaskTimeoutError || error instanceof TaskCancelledError) {
		return new NodeOperationError(node, message, { itemIndex, description });
	}
	const body: JsonObject = {
		message,
		reason: error.failure.reason,
		code: error.failure.code,
		taskId: error.taskId,
	};
	return new NodeApiError(node, body, {
		itemIndex,
		message,
		description,
		httpCode: error instanceof ProviderError && error.httpCode ? String(error.httpCode) : error instanceof TaskFailedError ? null : undefined,
	} as ConstructorParameters<typeof NodeApiError>[2]);
}

/**
 * The node's execute(): resolves the operation, checks every item before any paid request,
 * then runs items in parallel (bounded), keeping input order and pairedItem.
 */
export async function executeRuntime(ctx: IExecuteFunctions, runtime: NodeRuntime): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operationName = ctx.getNodeParameter('operation', 0) as string;
	const operation = runtime.operations[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operationName}" of resource "${resource}" is not supported`);
	}
	const transport = await Transport.create(ctx, runtime.transport);
	const requestTimeout = Number((ctx.getNodeParameter('taskOptions', 0, {}) as IDataObject).requestTimeoutSeconds);
	if (Number.isFinite(requestTimeout) && requestTimeout > 0) transport.defaultTimeoutMs = requestTimeout * 1000;
	const signal = typeof ctx.getExecutionCancelSignal === 'function' ? ctx.getExecutionCancelSignal() : undefined;
	const env: OperationEnv = { ctx, transport, clock: runtime.clock ?? systemClock, signal };
	const continueOnFail = ctx.continueOnFail();
	const opLabel = `${resource}.${operationName}`;
	const count = items.length;
	const defaults = runtime.defaultsByResource?.[resource] ?? runtime.defaults;
	const concurrency = readConcurrency(ctx, defaults);
	// One slot per input item; a slot may hold several output items.
	const out: INodeExecutionData[][] = new Array<INodeExecutionData[]>(count);
	const failOutput = (index: number, error: unknown) => {
		const json = errorToNormalizedResult(runtime.provider, opLabel, error, { submittedAt: null, finishedAt: null, waitedMs: 0, polls: 0 });
		const redacted = JSON.parse(transport.redact(JSON.stringify(json))) as IDataObject;
		out[index] = [{ json: redacted, pairedItem: { item: index } }];
	};
	const flat = () => [out.flat()];

	if (operation.kind === 'simple') {
		// Check every item first: bad input is reported before anything is sent.
		const prepared: unknown[] = new Array(count);
		const ready: boolean[] = new Array(count).fill(true);
		for (let index = 0; index < count; index++) {
			if (!operation.prepare) break;
			try {
				prepared[index] = await operation.prepare(env, index);
			} catch (error) {
				if (!continueOnFail) throw toNodeError(ctx, transport, error, index);
				failOutput(index, error);
				ready[index] = false;
			}
		}
		let fatal: { index: number; error: unknown } | undefined;
		let failed = false;
		const results = await runItems(
			count,
			concurrency,
			async (i) => {
				if (!ready[i]) return undefined;
				const outcome = await settle(() => operation.execute(env, i, prepared[i]));
				if (outcome.ok) return outcome.value;
				// Without Continue On Fail the first failure stops new requests.
				if (!continueOnFail) failed = true;
				throw outcome.error;
			},
			() => failed || Boolean(signal?.aborted),
			new TaskCancelledError(null),
		);
		results.forEach((result, index) => {
			if (!ready[index]) return;
			if (result.ok && result.value) {
				const list: SimpleResult[] = Array.isArray(result.value) ? result.value : [result.value];
				out[index] = list.map((r) => ({ json: r.json, ...(r.binary ? { binary: r.binary } : {}), pairedItem: { item: index } }));
			} else if (!result.ok && continueOnFail) failOutput(index, result.error);
			else if (!result.ok && !(result.error instanceof TaskCancelledError && failed)) fatal ??= { index, error: result.error };
		});
		if (fatal) throw toNodeError(ctx, transport, fatal.error, fatal.index);
		return flat();
	}

	// Phase 1: read and check every item. Nothing is sent yet, so bad input costs nothing.
	const plans: Array<{ plan: TaskPlan; settings: TaskSettings } | undefined> = new Array(count);
	for (let index = 0; index < count; index++) {
		try {
			const settings = readSettings(ctx, index, operation.mode, defaults);
			const plan = await operation.prepare(env, index);
			plans[index] = { plan, settings };
		} catch (error) {
			if (!continueOnFail) throw toNodeError(ctx, transport, error, index);
			failOutput(index, error);
		}
	}

	// Phase 2: submit and wait, in parallel. Without Continue On Fail the first failure stops
	// new submits; tasks already running are reported so they can be collected.
	const batch = createBatchEnv(env);
	const stopped = new AbortController();
	const onCancel = () => stopped.abort();
	signal?.addEventListener('abort', onCancel, { once: true });
	const batchEnv: BatchEnv = { ...batch, signal: stopped.signal };
	const firstFailure: { index: number; error: unknown }[] = [];
	const todo = plans.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
	const results = await runItems(
		todo.length,
		concurrency,
		async (k) => {
			const index = todo[k];
			const { plan, settings } = plans[index]!;
			return await runTask(plan.driver, batchEnv, {
				operation: opLabel,
				submit: plan.submit,
				taskId: plan.taskId,
				wait: settings.wait,
				pollOnce: plan.mode === 'status',
				download: settings.download,
				binaryProperty: settings.binaryProperty,
				timeoutMs: settings.timeoutMs,
				userIntervalMs: settings.userIntervalMs,
				includeRaw: settings.includeRaw,
				extras: plan.extras,
			}).catch((error: unknown) => {
				if (!continueOnFail && !stopped.signal.aborted) {
					firstFailure.push({ index, error });
					stopped.abort();
				}
				throw error;
			});
		},
		() => stopped.signal.aborted,
		new TaskCancelledError(null),
	);
	signal?.removeEventListener('abort', onCancel);

	if (signal?.aborted) {
		const pending = results.map((r, k) => ({ r, index: todo[k] })).find(({ r }) => !r.ok);
		throw toNodeError(ctx, transport, pending?.r.ok === false ? pending.r.error : new TaskCancelledError(null), pending?.index ?? 0);
	}
	if (firstFailure.length > 0) {
		const { index, error } = firstFailure[0];
		const others = results
			.map((r, k) => ({ r, index: todo[k] }))
			.filter(({ r, index: i }) => i !== index && !r.ok && r.error instanceof TaskError && r.error.taskId)
			.map(({ r, index: i }) => `item ${i}: ${(r as { error: TaskError }).error.taskId}`);
		const nodeError = toNodeError(ctx, transport, error, index);
		if (others.length > 0) {
			nodeError.description = `${nodeError.description ?? ''} Tasks of other items were already submitted and keep running; collect them with "Wait Until Done": ${others.join(', ')}.`.trim();
		}
		throw nodeError;
	}
	results.forEach((result, k) => {
		const index = todo[k];
		if (!result.ok) return failOutput(index, result.error);
		const { json, binary } = result.value;
		const { plan, settings } = plans[index]!;
		if (plan.splitOutputs && json.outputs.length > 1) {
			out[index] = splitByOutput(json, binary, settings.binaryProperty, index);
		} else {
			out[index] = [{ json, ...(binary ? { binary } : {}), pairedItem: { item: index } }];
		}
	});
	return flat();
}

/** One item per output file: each keeps the task fields, its own output, and its binary under the usual name. */
function splitByOutput(json: IDataObject & { outputs: IDataObject[] }, binary: Record<string, IBinaryData> | undefined, property: string, index: number): INodeExecutionData[] {
	return json.outputs.map((output, k) => {
		const item: INodeExecutionData = { json: { ...json, outputs: [output], outputIndex: k }, pairedItem: { item: index } };
		const key = output.binaryProperty as string | undefined;
		if (binary && key && binary[key]) {
			item.binary = { [property]: binary[key] };
			item.json.outputs = [{ ...output, binaryProperty: property }];
		}
		return item;
	});
}
