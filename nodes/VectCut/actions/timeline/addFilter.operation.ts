import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, catalog, draftIdField, draftOperation, num, optionsCollection, readString } from '../common';
import { timelineBody, trackField } from './shared';

export const description: INodeProperties[] = [
	draftIdField(),
	{ ...catalog('Filter', 'filterType', 'getFilterTypes'), required: true },
	{ displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0 },
	{ displayName: 'End (Seconds)', name: 'end', type: 'number', default: 5 },
	trackField('filter_01'),
	optionsCollection([num('Intensity', 'intensity', 100, '0–100')]),
	additionalBodyField('Any other add_filter field (the cloud API has more than are listed here)'),
];

export const operation = draftOperation({
	operation: 'timeline.addFilter',
	op: '/add_filter',
	build: (env, i) => timelineBody(env, i, { filter_type: readString(env, i, 'filterType', 'Filter', true) }),
});
