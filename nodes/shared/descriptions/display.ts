import type { INodeProperties } from 'n8n-workflow';

/** Shows `fields` only for the given resource and operation(s), keeping any show rules they had. */
export function forOperation(resource: string, operation: string | string[], fields: INodeProperties[]): INodeProperties[] {
	const operations = Array.isArray(operation) ? operation : [operation];
	return fields.map((field) => ({
		...field,
		displayOptions: {
			...field.displayOptions,
			show: { resource: [resource], operation: operations, ...(field.displayOptions?.show ?? {}) },
		},
	}));
}
