import type { INodeProperties } from 'n8n-workflow';

import type { TaskOperation } from '../../../shared/router';
import { checkPixVerseId, videoTaskDriver } from '../../driver';
import { description as statusDescription } from './getStatus.operation';

export const description: INodeProperties[] = statusDescription;

export const operation: TaskOperation = {
	kind: 'task',
	mode: 'wait',
	async prepare(env, itemIndex) {
		const taskId = checkPixVerseId(env.ctx.getNodeParameter('taskId', itemIndex, ''), 'Task ID');
		return { mode: 'wait', driver: videoTaskDriver(env), taskId };
	},
};
