import type { IDataObject } from 'n8n-workflow';

import { makeItems } from '../helpers/engine';
import { model, runNewApi } from '../helpers/newapi';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const video = (extra: IDataObject) => ({ resource: 'video', operation: 'generate', model: model('kling-v2-1'), prompt: 'ok', ...extra });
const bad = (value: string, good: string) => `={{ $json.i === 1 ? ${JSON.stringify(value)} : ${JSON.stringify(good)} }}`;

test.each<[string, IDataObject, string]>([
	['no prompt', video({ prompt: bad('', 'ok') }), 'Prompt'],
	['metadata that is not JSON', video({ metadata: bad('{"a": ', '{}') }), 'Metadata'],
	['metadata that is a list, not an object', video({ metadata: bad('[1,2]', '{}') }), 'Metadata'],
	['an image that is neither URL nor binary', video({ imageSource: 'url', imageUrl: bad('not-an-image', 'https://a.test/x.png') }), 'Image URL'],
	['an image binary property that does not exist', video({ imageSource: 'binary', imageBinary: bad('missing', 'data') }), 'Image Binary Property'],
	['no model', video({ model: { __rl: true, mode: 'id', value: bad('', 'kling-v2-1') } }), 'Model'],
	['a malformed size', video({ size: bad('big', '1280x720') }), 'Size'],
	['Midjourney imagine without a prompt', { resource: 'midjourney', operation: 'imagine', prompt: bad('', 'cat') }, 'Prompt'],
	['Midjourney blend with one image', { resource: 'midjourney', operation: 'blend', imagesSource: 'url', imagesUrl: bad('https://a.test/1.png', 'https://a.test/1.png, https://a.test/2.png') }, 'Images'],
	['Suno custom mode without lyrics', { resource: 'suno', operation: 'generateMusic', mode: 'custom', lyrics: bad('', 'la'), instrumental: false }, 'Lyrics'],
	['Kling image to video without an image URL', { resource: 'kling', operation: 'generate', kind: 'image2video', imageSource: 'url', imageUrl: bad('', 'https://a.test/x.png') }, 'Image URL'],
	['Runway with an unknown duration', { resource: 'runway', operation: 'generate', promptImageSource: 'url', promptImageUrl: 'https://a.test/x.png', duration: bad('7', '5') }, 'Duration'],
	['MiniMax 10 s at 1080P', { resource: 'minimax', operation: 'generate', prompt: 'x', resolution: '1080P', duration: bad('10', '6') }, 'Duration'],
	['Replicate input that is not JSON', { resource: 'replicate', operation: 'generate', model: 'a/b', input: bad('prompt: x', '{"prompt": "x"}') }, 'Input'],
	['Replicate model that is neither owner/name nor a version', { resource: 'replicate', operation: 'generate', model: bad('flux', 'a/b'), input: '{"prompt": "x"}' }, 'Model or Version'],
	['Custom Task poll path without {id}', { resource: 'customTask', operation: 'submit', submitPath: '/x', idPath: 'id', pollPath: bad('/x/status', '/x/{id}'), statusPath: 'status', successValues: 'ok' }, 'Poll Path'],
	['Wait Until Done with an empty task id', { resource: 'video', operation: 'waitUntilDone', taskId: bad('', 'task_1') }, 'Task ID'],
	['Task (Any Type) with an unknown type', { resource: 'task', operation: 'waitUntilDone', taskId: 'x1', taskType: bad('pixverse', 'video') }, 'Task Type'],
])('%s is rejected before any request, naming the field and the item', async (_name, parameters, field) => {
	const items = makeItems(2).map((item) => ({ ...item, binary: { data: { data: 'iVBORw0KGgo=', mimeType: 'image/png' } } }));
	const result = await runNewApi(sb, parameters, items);
	expect(result.status).toBe('error');
	expect(result.error?.message).toContain(field);
	expect(result.error?.message).toContain('[item 1]');
	expect(sb.log).toHaveLength(0);
});
