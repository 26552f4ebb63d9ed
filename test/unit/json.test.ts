import { RawNumber, getPath, parseJsonSafe, stringifyJson } from '../../nodes/shared/transport/json';

describe('big-int safe JSON', () => {
	test('integers beyond 2^53 come out as exact strings; safe numbers stay numbers', () => {
		const parsed = parseJsonSafe('{"Resp":{"video_id":629000000000000005,"n":42,"f":1.5e3,"s":"12345678901234567890"}}') as { Resp: Record<string, unknown> };
		expect(parsed.Resp.video_id).toBe('629000000000000005');
		expect(parsed.Resp.n).toBe(42);
		expect(parsed.Resp.f).toBe(1500);
		expect(parsed.Resp.s).toBe('12345678901234567890');
		// What plain JSON.parse would have done:
		expect(String((JSON.parse('{"x":629000000000000005}') as { x: number }).x)).not.toBe('629000000000000005');
	});

	test('RawNumber ids are written as bare, exact number tokens', () => {
		expect(stringifyJson({ img_id: new RawNumber('629000000000000005'), prompt: 'a "b"' })).toBe('{"img_id":629000000000000005,"prompt":"a \\"b\\""}');
	});

	test('getPath walks objects and arrays', () => {
		expect(getPath({ data: { task_result: { videos: [{ url: 'u' }] } } }, 'data.task_result.videos.0.url')).toBe('u');
		expect(getPath({ a: 1 }, 'a.b.c')).toBeUndefined();
	});
});
