import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

export interface TaskDefaults {
	/** Default Timeout, seconds. */
	timeoutSeconds: number;
	/** Default Max Concurrent Tasks. */
	maxConcurrency: number;
	/** Auto poll interval described to the user, seconds. */
	autoIntervalSeconds: number;
	/** Lowest poll interval the provider tolerates, seconds. */
	minIntervalSeconds: number;
}

/** Builds the fields every generate / status / wait operation shares. */
export function waitFields(show: IDisplayOptions['show'], defaults: TaskDefaults, mode: 'generate' | 'status' | 'wait'): INodeProperties[] {
	const fields: INodeProperties[] = [];
	if (mode === 'generate') {
		fields.push({
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: true,
			description:
				'Whether to wait until the task has finished. Turn off to return the task ID at once and collect the result later with "Wait Until Done".',
			displayOptions: { show },
		});
	}
	fields.push({
		displayName: 'Download Result',
		name: 'downloadResult',
		type: 'boolean',
		default: false,
		description: 'Whether to download the finished result into binary data (streamed to n8n\'s binary storage)',
		displayOptions: { show: mode === 'generate' ? { ...show, waitForCompletion: [true] } : show },
	});
	const options: INodeProperties[] = [
		{
			displayName: 'Binary Property',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			description: 'Name of the binary property for the downloaded result. Further files get a suffix: data_1, data_2 …',
		},
		{
			displayName: 'Include Raw Response',
			name: 'includeRaw',
			type: 'boolean',
			default: false,
			description: 'Whether to add the provider\'s last raw response under "raw"',
		},
		{
			displayName: 'Request Timeout (Seconds)',
			name: 'requestTimeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
			description:
				'How long one HTTP request may take. A status check that times out is repeated; a submit that times out is not (it may have been accepted), unless the service deduplicates submits.',
		},
		{
			displayName: 'Max Concurrent Tasks',
			name: 'maxConcurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: defaults.maxConcurrency,
			description:
				'How many items are submitted and waited on at the same time. Items beyond this wait in a local queue; a provider "too many tasks" answer also keeps the item queued instead of failing it.',
		},
	];
	if (mode !== 'status') {
		options.push(
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollIntervalSeconds',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: `Seconds between status checks. 0 = automatic: about ${defaults.autoIntervalSeconds} s, growing slowly for long tasks. Never below ${defaults.minIntervalSeconds} s for this service.`,
			},
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeoutSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: defaults.timeoutSeconds,
				description:
					'How long to wait for the task to finish. On timeout the error carries the task ID, so "Wait Until Done" can pick it up later without paying again.',
			},
		);
	}
	options.sort((a, b) => a.displayName.localeCompare(b.displayName));
	fields.push({
		displayName: 'Options',
		name: 'taskOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options,
	});
	return fields;
}

export function taskIdField(show: IDisplayOptions['show'], description = 'The task ID returned by a generate operation'): INodeProperties {
	return {
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		required: true,
		default: '={{ $json.taskId }}',
		description,
		displayOptions: { show },
	};
}
