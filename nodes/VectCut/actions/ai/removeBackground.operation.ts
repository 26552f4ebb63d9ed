import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { additionalBodyField, draftIdField, readDraftId, readExtraBody, readUrl, skillOperation } from '../common';

const TEMPLATES = ['left_down', 'left_up', 'right_down', 'right_up', 'center'];

export const description: INodeProperties[] = [
	{ displayName: 'Video URL', name: 'videoUrl', type: 'string', default: '', required: true, description: 'A video with a person to cut out' },
	{ displayName: 'Position', name: 'template', type: 'options', default: 'right_down', options: TEMPLATES.map((t) => ({ name: t, value: t })), description: 'Where the person is placed' },
	{ displayName: 'Background Image URL', name: 'backgroundImage', type: 'string', default: '', description: 'Give a background image or a background video' },
	{ displayName: 'Background Video URL', name: 'backgroundVideo', type: 'string', default: '' },
	draftIdField(),
	additionalBodyField(),
];

export const operation = skillOperation({
	type: 'removeBackground',
	submit: { path: '/process/remove_bg/submit_task/submit_remove_bg_pip_task', envelope: 'B' },
	build(env, i) {
		const image = readUrl(env, i, 'backgroundImage', 'Background Image URL', false);
		const video = readUrl(env, i, 'backgroundVideo', 'Background Video URL', false);
		if (!image === !video) throw new InputError('Background Image URL', 'Give exactly one of "Background Image URL" and "Background Video URL"');
		const draftId = readDraftId(env, i, false);
		return {
			video_url: readUrl(env, i, 'videoUrl', 'Video URL'),
			template: String(env.ctx.getNodeParameter('template', i, 'right_down')),
			...(image ? { background_image_url: image } : { background_video_url: video }),
			...(draftId ? { draft_id: draftId } : {}),
			...readExtraBody(env, i),
		};
	},
});
