import type { INodeProperties } from 'n8n-workflow';

import { draftIdField, draftOperation, readDraftId, readString } from '../common';

export const description: INodeProperties[] = [
	draftIdField(true),
	{ displayName: 'Draft Folder', name: 'draftFolder', type: 'string', default: '', description: 'Where a self-hosted VectCutAPI writes the draft (optional)' },
];

export const operation = draftOperation({
	operation: 'draft.save',
	op: '/save_draft',
	build(env, i) {
		const folder = readString(env, i, 'draftFolder', 'Draft Folder');
		return { draft_id: readDraftId(env, i, true), ...(folder ? { draft_folder: folder } : {}) };
	},
});
