import { NodeConnectionTypes, type IExecuteFunctions, type INodeExecutionData, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { executeRuntime, type NodeRuntime } from '../shared/router';
import { NEWAPI_DEFAULTS, buildNewApiProperties, defaultsByResource, operations } from './actions/router';
import { searchImageModels, searchModels, searchVideoModels } from './methods/models';
import { NEWAPI_CREDENTIAL } from './transport';

export const newApiRuntime: NodeRuntime = {
	provider: 'newapi',
	transport: { credentialType: NEWAPI_CREDENTIAL },
	defaults: NEWAPI_DEFAULTS,
	defaultsByResource,
	operations,
};

export class NewApi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'New API',
		name: 'newApi',
		icon: { light: 'file:newapi.svg', dark: 'file:newapi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Generate video, images, music and more through a New API gateway or relay: unified video, Midjourney, Suno, Luma, Kling, Runway, MiniMax, Replicate, Volcengine and custom routes',
		defaults: { name: 'New API' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: NEWAPI_CREDENTIAL, required: true }],
		properties: buildNewApiProperties(),
	};

	methods = { listSearch: { searchModels, searchVideoModels, searchImageModels } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRuntime(this, newApiRuntime);
	}
}
