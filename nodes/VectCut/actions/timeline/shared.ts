import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationEnv } from '../../../shared/router';
import { catalog, num, readDraftId, readExtraBody, readOptions, readSpan, str } from '../common';

/** Position and size on the canvas, shared by video, image, sticker and text. */
export const transformOptions: INodeProperties[] = [
	num('Transform X', 'transform_x', 0, 'Horizontal position, -1 (left) to 1 (right)'),
	num('Transform Y', 'transform_y', 0, 'Vertical position, -1 (bottom) to 1 (top)'),
	num('Scale X', 'scale_x', 1),
	num('Scale Y', 'scale_y', 1),
];

export const maskOptions: INodeProperties[] = [
	catalog('Mask Type', 'mask_type', 'getMaskTypes'),
	num('Mask Center X', 'mask_center_x', 0.5),
	num('Mask Center Y', 'mask_center_y', 0.5),
	num('Mask Size', 'mask_size', 1),
	num('Mask Rotation', 'mask_rotation', 0),
	num('Mask Feather', 'mask_feather', 0),
	{ displayName: 'Mask Invert', name: 'mask_invert', type: 'boolean', default: false, description: 'Whether to invert the mask' },
];

export const placementOptions: INodeProperties[] = [
	num('Relative Index', 'relative_index', 0, 'Layer order among tracks'),
	catalog('Transition', 'transition', 'getTransitionTypes'),
	num('Transition Duration', 'transition_duration', 0.5),
	num('Background Blur', 'background_blur', 0, '1–4; 0 for none'),
];

export const trackField = (def: string): INodeProperties => str('Track Name', 'track_name', def, 'Segments on the same track play one after another');

/** Common body: draft id, the given fields, start/end, options and the JSON escape hatch. */
export function timelineBody(env: OperationEnv, i: number, fields: IDataObject, span = true): IDataObject {
	const draftId = readDraftId(env, i, false);
	const body: IDataObject = { ...(draftId ? { draft_id: draftId } : {}), ...fields };
	if (span) {
		const { start, end } = readSpan(env, i);
		if (start !== undefined) body.start = start;
		if (end !== undefined) body.end = end;
	}
	const track = String(env.ctx.getNodeParameter('track_name', i, '') ?? '').trim();
	if (track) body.track_name = track;
	return { ...body, ...readOptions(env, i), ...readExtraBody(env, i) };
}
