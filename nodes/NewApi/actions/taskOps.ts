import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../shared/descriptions/resources';
import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { OperationEnv, TaskMode, TaskOperation } from '../../shared/router';
import { readTaskId, taskIdField } from './fields';

export interface StatusOpsSpec {
	/** Builds the driver for this item (reads any extra fields, e.g. speed mode or path prefix). */
	driver: (env: OperationEnv, itemIndex: number) => TaskDriver;
	/** Fields beside the task ID. */
	fields?: INodeProperties[];
	idPattern?: RegExp;
	idLabel?: string;
	splitOutputs?: boolean;
}

function statusOperation(spec: StatusOpsSpec, mode: TaskMode): TaskOperation {
	return {
		kind: 'task',
		mode,
		async prepare(env, itemIndex) {
			const taskId = readTaskId(env, itemIndex, spec.idPattern, spec.idLabel);
			return { mode, driver: spec.driver(env, itemIndex), taskId, splitOutputs: spec.splitOutputs };
		},
	};
}

/** Get Status and Wait Until Done for one kind of task. */
export function statusOperations(spec: StatusOpsSpec, description: string): { getStatus: OperationModule; waitUntilDone: OperationModule } {
	const fields = [taskIdField(description), ...(spec.fields ?? [])];
	return {
		getStatus: { description: fields, operation: statusOperation(spec, 'status') },
		waitUntilDone: { description: fields, operation: statusOperation(spec, 'wait') },
	};
}

/**
 * A generate operation: `read` checks one item's parameters and sends nothing; `submit` may do
 * free preparation (read binaries), then sends the paid request once.
 */
export function generateOperation<T>(spec: {
	read: (env: OperationEnv, itemIndex: number) => T;
	driver: (env: OperationEnv, itemIndex: number, input: T) => TaskDriver;
	submit: (env: OperationEnv, itemIndex: number, input: T) => Promise<string>;
	splitOutputs?: boolean;
	/** Output fields a later "Task → Wait Until Done" needs to find the task again. */
	route?: (input: T) => IDataObject;
}): TaskOperation {
	return {
		kind: 'task',
		mode: 'generate',
		async prepare(env, itemIndex) {
			const input = spec.read(env, itemIndex);
			return {
				mode: 'generate',
				driver: spec.driver(env, itemIndex, input),
				submit: async () => ({ taskId: await spec.submit(env, itemIndex, input) }),
				splitOutputs: spec.splitOutputs,
				extras: spec.route?.(input),
			};
		},
	};
}
