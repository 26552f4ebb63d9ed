import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../shared/lifecycle/errors';
import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { OperationEnv } from '../../shared/router';
import { arkDriver } from '../vendors/ark';
import { klingDriver, type KlingKind } from '../vendors/kling';
import { lumaDriver } from '../vendors/luma';
import { mjDriver } from '../vendors/midjourney';
import { miniMaxDriver } from '../vendors/minimax';
import { replicateDriver } from '../vendors/replicate';
import { runwayDriver } from '../vendors/runway';
import { sunoDriver } from '../vendors/suno';
import { videoDriver, type VideoApiStyle } from '../vendors/video';
import { statusOperations } from './taskOps';

/**
 * Get Status / Wait Until Done for tasks of any type in one batch: submit with several nodes
 * (Wait for Completion off), merge, then wait for all of them at once. The type comes from each
 * item's `operation` field, and the route details (endpoint, Kling kind, speed mode, path prefix)
 * from the fields Generate put on the item.
 */
const TYPES: Record<string, (env: OperationEnv, json: IDataObject) => TaskDriver> = {
	video: (env, json) => videoDriver(env, (json.apiStyle as VideoApiStyle) || 'unified'),
	midjourney: (env, json) => mjDriver(env, String(json.speed ?? '')),
	suno: (env) => sunoDriver(env),
	luma: (env) => lumaDriver(env),
	kling: (env, json) => klingDriver(env, ((json.klingKind as KlingKind) || 'text2video')),
	runway: (env) => runwayDriver(env),
	minimax: (env) => miniMaxDriver(env),
	replicate: (env) => replicateDriver(env),
	volcengine: (env, json) => arkDriver(env, String(json.pathPrefix || '/api/v3')),
};

const typeField: INodeProperties = {
	displayName: 'Task Type',
	name: 'taskType',
	type: 'string',
	default: '={{ $json.operation ? $json.operation.split(".")[0] : "video" }}',
	description: `One of: ${Object.keys(TYPES).join(', ')}. By default read from the item's "operation" field, so items from several Generate nodes can be waited on together.`,
};

export const anyTaskStatus = statusOperations(
	{
		driver(env, i) {
			const type = String(env.ctx.getNodeParameter('taskType', i, 'video') ?? '').trim();
			const make = TYPES[type];
			if (!make) throw new InputError('Task Type', `"Task Type" must be one of ${Object.keys(TYPES).join(', ')}, got "${type}"`);
			return make(env, env.ctx.getInputData()[i]?.json ?? {});
		},
		fields: [typeField],
		splitOutputs: true,
	},
	'The task ID (by default the item\'s taskId field)',
);
