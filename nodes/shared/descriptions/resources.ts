import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../router';
import { forOperation } from './display';
import { waitFields, type TaskDefaults } from './taskOptions';

export interface OperationModule {
	description: INodeProperties[];
	operation: Operation;
}

export interface OperationEntry {
	module: OperationModule;
	name: string;
	action: string;
	description: string;
}

export interface ResourceEntry {
	name: string;
	operations: Record<string, OperationEntry>;
	/** Overrides the node-wide defaults for this resource's task options. */
	defaults?: TaskDefaults;
}

export type ResourceTable = Record<string, ResourceEntry>;

/** resource → operation → engine operation, for the router. */
export function operationMap(resources: ResourceTable): Record<string, Record<string, Operation>> {
	return Object.fromEntries(
		Object.entries(resources).map(([resource, r]) => [
			resource,
			Object.fromEntries(Object.entries(r.operations).map(([op, entry]) => [op, entry.module.operation])),
		]),
	);
}

/** Per-resource task defaults, for the router. */
export function defaultsMap(resources: ResourceTable, fallback: TaskDefaults): Record<string, TaskDefaults> {
	return Object.fromEntries(Object.entries(resources).map(([resource, r]) => [resource, r.defaults ?? fallback]));
}

/** Every property of a node: resource, operation per resource, then each operation's fields and wait options. */
export function buildProperties(resources: ResourceTable, defaults: TaskDefaults, defaultResource: string): INodeProperties[] {
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			default: defaultResource,
			options: Object.entries(resources)
				.map(([value, r]) => ({ name: r.name, value }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		},
	];
	for (const [resource, r] of Object.entries(resources)) {
		const ops = Object.entries(r.operations);
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			default: ops[0][0],
			options: ops
				.map(([value, e]) => ({ name: e.name, value, action: e.action, description: e.description }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		});
	}
	for (const [resource, r] of Object.entries(resources)) {
		for (const [op, entry] of Object.entries(r.operations)) {
			properties.push(...forOperation(resource, op, entry.module.description));
			const operation = entry.module.operation;
			if (operation.kind === 'task') {
				properties.push(...waitFields({ resource: [resource], operation: [op] }, r.defaults ?? defaults, operation.mode));
			}
		}
	}
	return properties;
}
