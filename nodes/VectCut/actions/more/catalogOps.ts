import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../../../shared/descriptions/resources';
import { parseJsonParam } from '../../../shared/descriptions/params';
import { InputError } from '../../../shared/lifecycle/errors';
import { immediateResult } from '../../../shared/lifecycle/output';
import type { SimpleOperation } from '../../../shared/router';
import { vectcutRequest, type Envelope } from '../../transport';
import { additionalBodyField, draftOutputs, readExtraBody } from '../common';

/**
 * The rest of VectCut's catalog. Their field lists are only partly documented, so each offers the
 * known fields plus "Additional Body Fields (JSON)": a user is never blocked by a field not modelled.
 */
interface FieldSpec {
	displayName: string;
	/** VectCut's field name. */
	name: string;
	type: 'string' | 'number' | 'boolean' | 'json';
	required?: boolean;
	default?: string | number | boolean;
	description?: string;
}

interface CatalogOp {
	name: string;
	action: string;
	description: string;
	method: 'GET' | 'POST';
	/** Draft-API op (under the credential's prefix) or an absolute path. */
	op?: string;
	path?: string;
	envelope?: Envelope;
	fields: FieldSpec[];
}

const draftId: FieldSpec = { displayName: 'Draft ID', name: 'draft_id', type: 'string', default: '={{ $json.draftId }}', description: 'The draft to add to (empty: VectCut creates one)' };

export const CATALOG: Record<string, CatalogOp> = {
	addTextTemplate: { name: 'Add Text Template', action: 'Add a text template to a draft', description: 'Place an uploaded text template', method: 'POST', op: '/add_text_template', fields: [draftId, { displayName: 'Template ID', name: 'template_id', type: 'string', required: true }, { displayName: 'Texts (JSON)', name: 'texts', type: 'json', default: '[]', description: 'The template\'s texts, in order' }, { displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0 }, { displayName: 'End (Seconds)', name: 'end', type: 'number', default: 5 }] },
	addPreset: { name: 'Add Preset', action: 'Add a preset to a draft', description: 'Apply a template/preset to a draft', method: 'POST', op: '/add_preset', fields: [draftId, { displayName: 'Preset ID', name: 'preset_id', type: 'string', required: true }] },
	listPresets: { name: 'List Presets', action: 'List presets', description: 'The presets you can add', method: 'GET', op: '/presets', fields: [{ displayName: 'Group ID', name: 'group_id', type: 'string', description: 'Only this group (optional)' }] },
	listPresetGroups: { name: 'List Preset Groups', action: 'List preset groups', description: 'The groups presets are filed in', method: 'GET', op: '/groups', fields: [] },
	searchSticker: { name: 'Search Sticker', action: 'Search stickers', description: 'Find sticker IDs by keyword', method: 'POST', op: '/search_sticker', fields: [{ displayName: 'Keyword', name: 'keyword', type: 'string', required: true }] },
	searchArtist: { name: 'Search Artist', action: 'Search styled-text artists', description: 'Find 花字 (styled text) effects by keyword', method: 'POST', op: '/search_artist', fields: [{ displayName: 'Keyword', name: 'keyword', type: 'string', required: true }] },
	executeWorkflow: { name: 'Execute Workflow', action: 'Execute a VectCut workflow', description: 'Run a VectCut workflow script', method: 'POST', op: '/execute_workflow', fields: [draftId, { displayName: 'Workflow ID', name: 'workflow_id', type: 'string', required: true }, { displayName: 'Inputs (JSON)', name: 'inputs', type: 'json', default: '{}' }] },
	cloneVoiceFish: { name: 'Clone Voice (Fish)', action: 'Clone a voice with Fish', description: 'Make a voice from 10–30 s of clean speech', method: 'POST', path: '/llm/tts/fish/clone_voice', envelope: 'B', fields: [{ displayName: 'Audio URL', name: 'file_url', type: 'string', required: true }, { displayName: 'Title', name: 'title', type: 'string' }] },
	cloneVoiceMiniMax: { name: 'Clone Voice (MiniMax)', action: 'Clone a voice with MiniMax', description: 'Make a MiniMax voice from a speech sample', method: 'POST', op: '/minimax_clone', fields: [{ displayName: 'Audio URL', name: 'file_url', type: 'string', required: true }, { displayName: 'Voice ID', name: 'voice_id', type: 'string', required: true, description: 'The ID to give the new voice' }] },
	chat: { name: 'Chat', action: 'Chat with an AI model', description: 'Send messages to one of VectCut\'s chat models', method: 'POST', op: '/chat', fields: [{ displayName: 'Model', name: 'model', type: 'string', required: true }, { displayName: 'Message', name: 'message', type: 'string', required: true }] },
	listChatModels: { name: 'List Chat Models', action: 'List chat models', description: 'The models Chat can use', method: 'GET', op: '/model_list', fields: [] },
	smartClip: { name: 'Smart Clip', action: 'Clip the highlights of a video', description: 'Cut a video to its best parts', method: 'POST', op: '/smart_video_clip', fields: [{ displayName: 'Video URL', name: 'video_url', type: 'string', required: true }, { displayName: 'Target Duration (Seconds)', name: 'duration', type: 'number', default: 30 }] },
	smartCapture: { name: 'Smart Capture', action: 'Capture the best frames of a video', description: 'Pick screenshots from a video', method: 'POST', op: '/smart_video_capture', fields: [{ displayName: 'Video URL', name: 'video_url', type: 'string', required: true }, { displayName: 'Count', name: 'count', type: 'number', default: 3 }] },
};

function describe(op: CatalogOp): INodeProperties[] {
	return [
		...op.fields.map(
			(f): INodeProperties => ({
				displayName: f.displayName,
				name: f.name,
				type: f.type,
				default: f.default ?? (f.type === 'number' ? 0 : f.type === 'boolean' ? false : ''),
				required: f.required ?? false,
				...(f.description ? { description: f.description } : {}),
			}),
		),
		additionalBodyField(),
	];
}

function execute(key: string, op: CatalogOp): SimpleOperation<IDataObject> {
	return {
		kind: 'simple',
		prepare(env, i) {
			const body: IDataObject = {};
			for (const f of op.fields) {
				let value = env.ctx.getNodeParameter(f.name, i, f.default ?? '') as unknown;
				if (typeof value === 'string') value = value.trim();
				if (f.required && (value === '' || value === undefined || value === null)) throw new InputError(f.displayName, `"${f.displayName}" is empty`);
				if (f.type === 'json' && typeof value === 'string' && value) value = parseJsonParam(value, f.displayName);
				if (value !== '' && value !== undefined && value !== null) body[f.name] = value as IDataObject[string];
			}
			Object.assign(body, readExtraBody(env, i));
			return body;
		},
		async execute(env, _i, body) {
			const started = Date.now();
			const payload = await vectcutRequest(env, { method: op.method, op: op.op, path: op.path, body: op.method === 'POST' ? body : undefined, qs: op.method === 'GET' ? body : undefined, envelope: op.envelope ?? 'A' });
			const draft = draftOutputs(payload);
			return { json: immediateResult('vectcut', `more.${key}`, started, draft.outputs, { draftId: draft.draftId ?? (body.draft_id as string | undefined) ?? null, draftUrl: draft.draftUrl ?? null, result: (payload ?? null) as IDataObject }) };
		},
	};
}

export const catalogModules: Record<string, { module: OperationModule; name: string; action: string; description: string }> = Object.fromEntries(
	Object.entries(CATALOG).map(([key, op]) => [key, { module: { description: describe(op), operation: execute(key, op) }, name: op.name, action: op.action, description: op.description }]),
);
