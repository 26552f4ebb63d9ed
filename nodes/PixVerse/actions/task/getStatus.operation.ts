import type { INodeProperties } from 'n8n-workflow';

import type { TaskOperation } from '../../../shared/router';
import { checkPixVerseId, videoTaskDriver } from '../../driver';

export const description: INodeProperties[] = [
	{
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '={{ $json.taskId }}',
		description: 'The video ID a PixVerse generate operation returned',
	},
];

export const operation: TaskOperation = {
	kind: 'task',
	mode: 'status',
	async prepare(env, itemIndex) {
		const taskId = checkPixVerseId(env.ctx.getNodeParameter('taskId', itemIndex, ''), 'Task ID');
		return { mode: 'status', driver: videoTaskDriver(env), taskId };
	},
};
