import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../shared/descriptions/resources';
import { InputError } from '../../shared/lifecycle/errors';
import type { TaskMode, TaskOperation } from '../../shared/router';
import { TASK_TYPES, taskDriver, type VectCutTaskType } from '../adapter';

const fields: INodeProperties[] = [
	{ displayName: 'Task ID', name: 'taskId', type: 'string', required: true, default: '={{ $json.taskId }}' },
	{
		displayName: 'Task Type',
		name: 'taskType',
		type: 'string',
		default: '={{ $json.taskType || "render" }}',
		description: `One of: ${TASK_TYPES.join(', ')}. By default the taskType of the incoming item (set by the operation that started the task).`,
	},
];

function statusOperation(mode: TaskMode): TaskOperation {
	return {
		kind: 'task',
		mode,
		async prepare(env, i) {
			const taskId = String(env.ctx.getNodeParameter('taskId', i, '') ?? '').trim();
			if (!taskId) throw new InputError('Task ID', '"Task ID" is empty');
			if (/\s/.test(taskId) || taskId.length > 200) throw new InputError('Task ID', `"Task ID" does not look like a VectCut task ID: "${taskId.slice(0, 60)}"`);
			const type = String(env.ctx.getNodeParameter('taskType', i, 'render') ?? '').trim() as VectCutTaskType;
			if (!TASK_TYPES.includes(type)) throw new InputError('Task Type', `"Task Type" must be one of ${TASK_TYPES.join(', ')}, got "${type}"`);
			// Keep the draft the task belongs to, so a chain can go on with it.
			const draftId = env.ctx.getInputData()[i]?.json?.draftId;
			return { mode, taskId, driver: taskDriver(env, type), extras: { taskType: type, ...(typeof draftId === 'string' && draftId ? { draftId } : {}) } };
		},
	};
}

export const getStatus: OperationModule = { description: fields, operation: statusOperation('status') };
export const waitUntilDone: OperationModule = { description: fields, operation: statusOperation('wait') };
