import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { AI_VIDEO_MODELS, checkAiVideo } from '../../models';
import { additionalBodyField, draftIdField, readDraftId, readExtraBody, readNumberParam, readString, skillOperation } from '../common';
import { InputError } from '../../../shared/lifecycle/errors';

export const description: INodeProperties[] = [
	{ displayName: 'Prompt', name: 'prompt', type: 'string', typeOptions: { rows: 3 }, default: '', required: true },
	{ displayName: 'Model', name: 'model', type: 'options', default: 'seedance-1.5-pro', options: Object.keys(AI_VIDEO_MODELS).map((m) => ({ name: m, value: m })) },
	{ displayName: 'Resolution', name: 'resolution', type: 'string', default: '1280x720', description: 'Width x height; each model has its own set (Veo/Seedance: 1280x720, 720x1280, 1920x1080, 1080x1920 …)' },
	{ displayName: 'Duration (Seconds)', name: 'genDuration', type: 'number', default: 5, description: 'Seedance 1.5 Pro 4–12, Grok 6/10/15, Sora 2 10/15; Veo takes none (0)' },
	{ displayName: 'Image URLs', name: 'images', type: 'string', default: '', description: 'Optional frames, comma-separated: 1 = first frame, 2 = first and last frame' },
	{ displayName: 'Generate Audio', name: 'generateAudio', type: 'boolean', default: false, description: 'Whether to generate sound (Seedance models)' },
	{ displayName: 'Add to Draft', name: 'addToDraft', type: 'boolean', default: false, description: 'Whether to also place the video into a draft' },
	{ ...draftIdField(), displayOptions: { show: { addToDraft: [true] } } },
	additionalBodyField('Any other generate_ai_video field, e.g. {"target_start": 2, "track_name": "video_main"}'),
];

export const operation = skillOperation({
	type: 'aiVideo',
	submit: { op: '/generate_ai_video', envelope: 'B' },
	build(env, i) {
		const model = String(env.ctx.getNodeParameter('model', i, 'seedance-1.5-pro'));
		const resolution = readString(env, i, 'resolution', 'Resolution', true) as string;
		const rawDuration = readNumberParam(env, i, 'genDuration', 'Duration', { min: 0 });
		const duration = rawDuration ? rawDuration : undefined;
		const images = String(env.ctx.getNodeParameter('images', i, '') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
		for (const url of images) if (!/^https?:\/\/\S+$/.test(url)) throw new InputError('Image URLs', `"Image URLs" must be http(s) URLs, got "${url.slice(0, 80)}"`);
		const generateAudio = Boolean(env.ctx.getNodeParameter('generateAudio', i, false));
		checkAiVideo({ model, resolution, duration, images: images.length, generateAudio });
		const body: IDataObject = { prompt: readString(env, i, 'prompt', 'Prompt', true), model, resolution };
		// VectCut names it gen_duration; a plain "duration" is refused.
		if (duration !== undefined) body.gen_duration = duration;
		if (images.length) body.images = images;
		if (generateAudio) body.generate_audio = true;
		if (env.ctx.getNodeParameter('addToDraft', i, false)) {
			const draftId = readDraftId(env, i, false);
			if (draftId) body.draft_id = draftId;
		}
		return { ...body, ...readExtraBody(env, i) };
	},
});
