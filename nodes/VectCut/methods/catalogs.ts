import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { Transport, httpStatusFailure } from '../../shared/transport/http';
import { asString, isRecord, parseJsonSafe } from '../../shared/transport/json';
import { VECTCUT_CREDENTIAL } from '../transport';

/** Reads a get_*_types list: `[{name}]`, bare or inside the draft envelope's `output`. */
async function typeList(ctx: ILoadOptionsFunctions, op: string): Promise<INodePropertyOptions[]> {
	const credentials = await ctx.getCredentials(VECTCUT_CREDENTIAL);
	const prefix = String(credentials.pathPrefix ?? '/cut_jianying').trim().replace(/\/+$/, '');
	const transport = await Transport.create(ctx, { credentialType: VECTCUT_CREDENTIAL });
	const response = await transport.send({ method: 'GET', path: `${prefix}${op}` });
	if (response.status < 200 || response.status >= 300) throw httpStatusFailure(response, `VectCut answered HTTP ${response.status} for ${op}`);
	let body: unknown;
	try {
		body = parseJsonSafe(response.text);
	} catch {
		return [];
	}
	const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.output) ? body.output : [];
	const names = list.map((entry) => (isRecord(entry) ? asString(entry.name) : asString(entry))).filter((n): n is string => Boolean(n));
	return [...new Set(names)].map((name) => ({ name, value: name }));
}

const make = (op: string) =>
	async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await typeList(this, op);
	};

export const catalogLoaders = {
	getFontTypes: make('/get_font_types'),
	getIntroAnimationTypes: make('/get_intro_animation_types'),
	getOutroAnimationTypes: make('/get_outro_animation_types'),
	getComboAnimationTypes: make('/get_combo_animation_types'),
	getTransitionTypes: make('/get_transition_types'),
	getMaskTypes: make('/get_mask_types'),
	getAudioEffectTypes: make('/get_audio_effect_types'),
	getFilterTypes: make('/get_filter_types'),
	getTextIntroTypes: make('/get_text_intro_types'),
	getTextOutroTypes: make('/get_text_outro_types'),
	getTextLoopAnimTypes: make('/get_text_loop_anim_types'),
	async getEffectTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const category = String(this.getCurrentNodeParameter('effectCategory') ?? 'scene');
		return await typeList(this, category === 'character' ? '/get_video_character_effect_types' : '/get_video_scene_effect_types');
	},
};
