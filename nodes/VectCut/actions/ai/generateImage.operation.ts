import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { asString, isRecord } from '../../../shared/transport/json';
import { IMAGE_MODELS } from '../../models';
import { additionalBodyField, downloadFields, draftIdField, draftOperation, num, optionsCollection, readDraftId, readExtraBody, readOptions, readString, readUrl } from '../common';
import { imageOptions } from '../timeline/addImage.operation';

export const description: INodeProperties[] = [
	{ displayName: 'Prompt', name: 'prompt', type: 'string', typeOptions: { rows: 3 }, default: '', required: true },
	{ displayName: 'Model', name: 'model', type: 'options', default: 'nano_banana_2', options: IMAGE_MODELS.map((m) => ({ name: m, value: m })) },
	{ displayName: 'Size', name: 'size', type: 'string', default: '1024x1024', description: 'Width x height of the image' },
	{ displayName: 'Reference Image URL', name: 'referenceImage', type: 'string', default: '', description: 'An image to edit or follow (optional)' },
	{ displayName: 'Add to Draft', name: 'addToDraft', type: 'boolean', default: false, description: 'Whether to also place the image into a draft' },
	{ ...draftIdField(), displayOptions: { show: { addToDraft: [true] } } },
	{ ...optionsCollection([num('Start (Seconds)', 'start', 0), num('End (Seconds)', 'end', 3), { displayName: 'Track Name', name: 'track_name', type: 'string', default: 'image_main' }, ...imageOptions], 'Placement'), displayOptions: { show: { addToDraft: [true] } } },
	...downloadFields,
	additionalBodyField(),
];

export const operation = draftOperation({
	operation: 'ai.generateImage',
	op: '/generate_image',
	downloadable: true,
	build(env, i) {
		const model = String(env.ctx.getNodeParameter('model', i, 'nano_banana_2'));
		if (!IMAGE_MODELS.includes(model)) throw new InputError('Model', `"Model" must be one of ${IMAGE_MODELS.join(', ')}, got "${model}"`);
		const size = readString(env, i, 'size', 'Size');
		if (size && !/^\d{2,5}x\d{2,5}$/.test(size)) throw new InputError('Size', `"Size" must look like 1024x1024, got "${size}"`);
		const reference = readUrl(env, i, 'referenceImage', 'Reference Image URL', false);
		const toDraft = Boolean(env.ctx.getNodeParameter('addToDraft', i, false));
		const draftId = toDraft ? readDraftId(env, i, false) : undefined;
		return {
			prompt: readString(env, i, 'prompt', 'Prompt', true),
			model,
			...(size ? { size } : {}),
			...(reference ? { reference_image: reference } : {}),
			...(draftId ? { draft_id: draftId } : {}),
			...(toDraft ? readOptions(env, i) : {}),
			...readExtraBody(env, i),
		};
	},
	extract(payload) {
		const url = isRecord(payload) ? asString(payload.image_url) : undefined;
		return { outputs: url ? [{ type: 'image', url }] : [] };
	},
});
