import type { IBinaryData, IDataObject, INodeProperties } from 'n8n-workflow';

import { downloadToBinary } from '../../../shared/binary/download';
import { InputError } from '../../../shared/lifecycle/errors';
import type { SimpleOperation } from '../../../shared/router';
import { asString, isRecord } from '../../../shared/transport/json';
import { newApiRequest } from '../../transport';
import { jsonField, modelField, promptField, readJsonObject, readModel, readNumber, readText } from '../fields';

export const description: INodeProperties[] = [
	modelField('image', 'e.g. gpt-image-1, dall-e-3, flux-kontext-pro'),
	promptField('What the image should show'),
	{ displayName: 'Number of Images', name: 'n', type: 'number', default: 1, typeOptions: { minValue: 1, maxValue: 10 } },
	{ displayName: 'Size', name: 'size', type: 'string', default: '1024x1024', description: 'e.g. 1024x1024, 1792x1024; empty for the model\'s default' },
	{
		displayName: 'Response Format',
		name: 'responseFormat',
		type: 'options',
		default: 'url',
		options: [
			{ name: 'Base64 (B64_json)', value: 'b64_json' },
			{ name: 'URL', value: 'url' },
		],
	},
	{ displayName: 'Download Result', name: 'downloadResult', type: 'boolean', default: true, description: 'Whether to put the images into binary data (base64 results always can be)' },
	{ displayName: 'Binary Property', name: 'binaryPropertyName', type: 'string', default: 'data', description: 'Further images get a suffix: data_1, data_2 …', displayOptions: { show: { downloadResult: [true] } } },
	jsonField('Additional Body Fields (JSON)', 'extraBody', 'Fields sent as they are, e.g. {"quality": "hd", "style": "vivid"}'),
];

export const operation: SimpleOperation<IDataObject> = {
	kind: 'simple',
	prepare(env, i) {
		const body: IDataObject = { model: readModel(env, i), prompt: readText(env, i, 'prompt', 'Prompt', true) };
		const n = readNumber(env, i, 'n', 'Number of Images', { min: 1, max: 10, integer: true });
		if (n) body.n = n;
		const size = String(env.ctx.getNodeParameter('size', i, '') ?? '').trim();
		if (size && !/^\d{2,5}x\d{2,5}$|^auto$/.test(size)) throw new InputError('Size', `"Size" must look like 1024x1024, got "${size}"`);
		if (size) body.size = size;
		body.response_format = env.ctx.getNodeParameter('responseFormat', i, 'url') as string;
		Object.assign(body, readJsonObject(env, i, 'extraBody', 'Additional Body Fields (JSON)') ?? {});
		return body;
	},
	async execute(env, i, body) {
		const started = Date.now();
		const response = await newApiRequest(env, { method: 'POST', path: '/v1/images/generations', body, timeoutMs: 300_000 });
		const data = isRecord(response) && Array.isArray(response.data) ? response.data.filter(isRecord) : [];
		const download = env.ctx.getNodeParameter('downloadResult', i, true) as boolean;
		const property = String(env.ctx.getNodeParameter('binaryPropertyName', i, 'data') || 'data');
		const binary: Record<string, IBinaryData> = {};
		const outputs: IDataObject[] = [];
		for (let k = 0; k < data.length; k++) {
			const entry = data[k];
			const key = k === 0 ? property : `${property}_${k}`;
			const url = asString(entry.url);
			const b64 = asString(entry.b64_json);
			const out: IDataObject = { type: 'image', url: url ?? null, mimeType: 'image/png' };
			if (asString(entry.revised_prompt)) out.revisedPrompt = asString(entry.revised_prompt)!;
			if (download && b64) {
				binary[key] = await env.ctx.helpers.prepareBinaryData(Buffer.from(b64, 'base64'), `image_${k}.png`, 'image/png');
				out.binaryProperty = key;
			} else if (download && url) {
				binary[key] = await downloadToBinary({ ...env }, { type: 'image', url }, `image_${k}`);
				out.binaryProperty = key;
				out.mimeType = binary[key].mimeType;
			}
			outputs.push(out);
		}
		const now = new Date().toISOString();
		return {
			json: {
				provider: 'newapi',
				operation: 'image.generate',
				taskId: null,
				status: outputs.length > 0 ? 'succeeded' : 'failed',
				progress: 100,
				outputs,
				error: outputs.length > 0 ? null : { reason: 'upstream_error', code: null, message: 'The site returned no images', retryable: false },
				submittedAt: new Date(started).toISOString(),
				finishedAt: now,
				waitedMs: Date.now() - started,
				polls: 0,
			},
			...(Object.keys(binary).length ? { binary } : {}),
		};
	},
};
