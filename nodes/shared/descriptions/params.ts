import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { InputError } from '../lifecycle/errors';
import { isRecord } from '../transport/json';

/** Parses JSON text, or throws an InputError naming the field. */
export function parseJsonParam(text: string, label: string): unknown {
	let problem: string | undefined;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		problem = (error as Error).message;
	}
	if (problem !== undefined) throw new InputError(label, `"${label}" is not valid JSON: ${problem}`, 'Enter a JSON object such as {"key": "value"}.');
	return value;
}

/**
 * A JSON-object parameter given as an object or as text. Empty (or `{}`) gives undefined; anything
 * that is not a JSON object is an InputError naming the field.
 */
export function readJsonObjectParam(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string): IDataObject | undefined {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (raw === undefined || raw === null || raw === '') return undefined;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		if (!raw.trim() || raw.trim() === '{}') return undefined;
		value = parseJsonParam(raw, label);
	}
	if (!isRecord(value)) throw new InputError(label, `"${label}" must be a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`);
	return value as IDataObject;
}
