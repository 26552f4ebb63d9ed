import { NodeConnectionTypes, type IExecuteFunctions, type INodeExecutionData, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { executeRuntime, type NodeRuntime } from '../shared/router';
import { PIXVERSE_DEFAULTS, buildPixVerseProperties, operations } from './actions/router';
import { getSpeakers } from './methods/loadOptions';
import { PIXVERSE_CREDENTIAL } from './transport';

export const pixverseRuntime: NodeRuntime = {
	provider: 'pixverse',
	transport: { credentialType: PIXVERSE_CREDENTIAL, defaultBaseUrl: 'https://app-api.pixverse.ai' },
	defaults: PIXVERSE_DEFAULTS,
	operations,
};

export class PixVerse implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PixVerse',
		name: 'pixVerse',
		icon: { light: 'file:pixverse.svg', dark: 'file:pixverse.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Generate videos with PixVerse: text or image to video, transitions, extend, lip sync, sound effects and fusion',
		defaults: { name: 'PixVerse' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: PIXVERSE_CREDENTIAL, required: true }],
		properties: buildPixVerseProperties(),
	};

	methods = { loadOptions: { getSpeakers } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRuntime(this, pixverseRuntime);
	}
}
