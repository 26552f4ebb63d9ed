import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { fetchMjTask, readMjButtons } from '../../vendors/midjourney';
import { readTaskId } from '../fields';
import { mjSubmitOperation, speedField } from './common';

export const description: INodeProperties[] = [
	{ displayName: 'Task ID', name: 'taskId', type: 'string', required: true, default: '={{ $json.taskId }}', description: 'The finished Midjourney task whose button to press' },
	{
		displayName: 'Action',
		name: 'action',
		type: 'string',
		required: true,
		default: 'U1',
		placeholder: 'U1',
		description: 'A button label of that task (U1–U4, V1–V4, the re-roll emoji, "Vary (Strong)", "Zoom Out 2x" …) or a button\'s customId. The task\'s buttons are in its output.',
	},
	speedField,
];

export const operation = mjSubmitOperation(
	'action',
	(env, i) => {
		const action = String(env.ctx.getNodeParameter('action', i, '') ?? '').trim();
		if (!action) throw new InputError('Action', '"Action" is empty', 'Use a button label such as U1 or V2, or a customId from the task\'s buttons.');
		return { taskId: readTaskId(env, i), action };
	},
	async (env, i, input) => {
		// Reading the task is free: check the button exists before the paid submit.
		const speed = String(env.ctx.getNodeParameter('speed', i, '') ?? '');
		const buttons = readMjButtons(await fetchMjTask(env, speed, input.taskId));
		const wanted = input.action.toLowerCase();
		const button = buttons.find((b) => b.customId === input.action || b.label.toLowerCase() === wanted || (b.emoji && b.emoji === input.action));
		if (!button) {
			const known = buttons.map((b) => b.label || b.emoji || b.customId).join(', ') || 'none';
			throw new InputError('Action', `Task ${input.taskId} has no button "${input.action}". Its buttons: ${known}`, 'Pick one of the task\'s buttons; only finished tasks have them.');
		}
		return { customId: button.customId, taskId: input.taskId };
	},
);
