import type { INodeProperties } from 'n8n-workflow';

import { asNumber, isRecord } from '../../../shared/transport/json';
import { draftOperation, readUrl } from '../common';

export const description: INodeProperties[] = [{ displayName: 'Media URL', name: 'url', type: 'string', default: '', required: true }];

export const operation = draftOperation({
	operation: 'media.getDuration',
	op: '/get_duration',
	build: (env, i) => ({ url: readUrl(env, i, 'url', 'Media URL') }),
	extract: (payload) => ({ extras: { durationSeconds: isRecord(payload) ? asNumber(payload.duration) ?? null : null } }),
});
