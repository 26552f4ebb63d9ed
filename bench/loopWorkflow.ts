import type { IDataObject } from 'n8n-workflow';

/**
 * The way users wait for AI jobs without a dedicated node: HTTP Request (submit) → Wait → HTTP
 * Request (status) → IF done, else back to Wait — n8n's own core nodes, as in the templates
 * ANCHORS.md describes. Here against the sandbox's PixVerse API.
 */
export function httpLoopWorkflow(id: string, sandboxUrl: string, apiKey: string, items: number, intervalSeconds: number): IDataObject {
	const node = (name: string, type: string, typeVersion: number, parameters: IDataObject, x: number, y = 0) => ({ id: name.toLowerCase().replace(/\W/g, '-'), name, type, typeVersion, position: [x, y], parameters });
	return {
		id,
		name: 'Bench: HTTP Request + Wait + IF loop',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, 0),
			node('Prompts', 'n8n-nodes-base.code', 2, { jsCode: `return Array.from({ length: ${items} }, (_, i) => ({ json: { i, prompt: 'bench #' + i } }));` }, 200),
			node(
				'Submit',
				'n8n-nodes-base.httpRequest',
				4.2,
				{
					method: 'POST',
					url: `${sandboxUrl}/openapi/v2/video/text/generate`,
					sendHeaders: true,
					headerParameters: { parameters: [{ name: 'API-KEY', value: apiKey }, { name: 'Ai-trace-id', value: '={{ $execution.id + "-" + $json.i }}' }] },
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify({ prompt: $json.prompt, model: "v5", duration: 5, quality: "540p" }) }}',
					options: {},
				},
				400,
			),
			node('Wait', 'n8n-nodes-base.wait', 1.1, { resume: 'timeInterval', amount: intervalSeconds, unit: 'seconds' }, 600),
			node(
				'Status',
				'n8n-nodes-base.httpRequest',
				4.2,
				{
					url: `={{ "${sandboxUrl}/openapi/v2/video/result/" + ($json.Resp.video_id || $json.Resp.id) }}`,
					sendHeaders: true,
					headerParameters: { parameters: [{ name: 'API-KEY', value: apiKey }, { name: 'Ai-trace-id', value: '={{ $now.toMillis() + "-" + $itemIndex }}' }] },
					options: {},
				},
				800,
			),
			node(
				'Done?',
				'n8n-nodes-base.if',
				2.2,
				{
					conditions: {
						options: { caseSensitive: true, leftValue: '', typeValidation: 'loose', version: 2 },
						conditions: [{ id: 'done', leftValue: '={{ $json.Resp.status }}', rightValue: 1, operator: { type: 'number', operation: 'equals' } }],
						combinator: 'and',
					},
					options: {},
				},
				1000,
			),
			node('Done', 'n8n-nodes-base.noOp', 1, {}, 1200),
		],
		connections: {
			Start: { main: [[{ node: 'Prompts', type: 'main', index: 0 }]] },
			Prompts: { main: [[{ node: 'Submit', type: 'main', index: 0 }]] },
			Submit: { main: [[{ node: 'Wait', type: 'main', index: 0 }]] },
			Wait: { main: [[{ node: 'Status', type: 'main', index: 0 }]] },
			Status: { main: [[{ node: 'Done?', type: 'main', index: 0 }]] },
			'Done?': { main: [[{ node: 'Done', type: 'main', index: 0 }], [{ node: 'Wait', type: 'main', index: 0 }]] },
		},
	};
}

/** Our PixVerse node over the same 50 prompts. */
export function ourWorkflow(id: string, items: number, taskOptions: IDataObject): IDataObject {
	return {
		id,
		name: 'Bench: PixVerse node',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: 'prompts', name: 'Prompts', type: 'n8n-nodes-base.code', typeVersion: 2, position: [200, 0], parameters: { jsCode: `return Array.from({ length: ${items} }, (_, i) => ({ json: { i, prompt: 'bench #' + i } }));` } },
			{
				id: 'pixverse',
				name: 'PixVerse',
				type: 'n8n-nodes-aigc.pixVerse',
				typeVersion: 1,
				position: [400, 0],
				parameters: { resource: 'video', operation: 'textToVideo', prompt: '={{ $json.prompt }}', model: 'v5', duration: 5, quality: '540p', taskOptions },
				credentials: { pixVerseApi: { id: 'aigc-pixverse', name: 'PixVerse (sandbox)' } },
			},
		],
		connections: { Start: { main: [[{ node: 'Prompts', type: 'main', index: 0 }]] }, Prompts: { main: [[{ node: 'PixVerse', type: 'main', index: 0 }]] } },
	};
}
