import type { INodeProperties } from 'n8n-workflow';

import { ProviderError } from '../../../shared/lifecycle/errors';
import { parseJsonSafe } from '../../../shared/transport/json';
import { draftIdField, draftOperation, readDraftId } from '../common';

export const description: INodeProperties[] = [draftIdField(true)];

export const operation = draftOperation({
	operation: 'draft.getScript',
	op: '/query_script',
	build: (env, i) => ({ draft_id: readDraftId(env, i, true), force_update: true }),
	extract(payload) {
		// The script comes back as a JSON string: parse it so later nodes can read tracks directly.
		let script: unknown = payload;
		if (typeof payload === 'string') {
			try {
				script = parseJsonSafe(payload);
			} catch {
				script = undefined;
			}
		}
		if (script === undefined) throw new ProviderError({ reason: 'upstream_error', code: null, message: 'VectCut returned a draft script that is not JSON', retryable: true });
		return { extras: { script: script as never } };
	},
});
