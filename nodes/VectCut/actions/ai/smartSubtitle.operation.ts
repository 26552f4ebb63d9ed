import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { additionalBodyField, draftIdField, readDraftId, readExtraBody, readString, readUrl, skillOperation } from '../common';

export const description: INodeProperties[] = [
	{ displayName: 'Media URL', name: 'url', type: 'string', default: '', required: true, description: 'The video or audio to subtitle' },
	{ displayName: 'Subtitle Template ID', name: 'agentId', type: 'string', default: '', required: true, placeholder: 'asr_…', description: 'A VectCut subtitle template (agent) ID' },
	{ displayName: 'Script', name: 'script', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'The known text (uses a sta_… template to match it); empty to recognise speech' },
	{ displayName: 'Add Media to Draft', name: 'addMedia', type: 'boolean', default: true, description: 'Whether to put the media itself on the draft too' },
	draftIdField(),
	additionalBodyField(),
];

export const operation = skillOperation({
	type: 'smartSubtitle',
	submit: { op: '/generate_smart_subtitle', envelope: 'B' },
	build(env, i) {
		const agentId = readString(env, i, 'agentId', 'Subtitle Template ID', true) as string;
		const script = readString(env, i, 'script', 'Script');
		if (script && !agentId.startsWith('sta_')) throw new InputError('Subtitle Template ID', 'Matching a known script needs a sta_… template ID');
		const draftId = readDraftId(env, i, false);
		return {
			agent_id: agentId,
			url: readUrl(env, i, 'url', 'Media URL'),
			add_media: Boolean(env.ctx.getNodeParameter('addMedia', i, true)),
			...(script ? { text: script } : {}),
			...(draftId ? { draft_id: draftId } : {}),
			...readExtraBody(env, i),
		};
	},
});
