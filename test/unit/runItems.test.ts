import { runItems } from '../../nodes/shared/runItems';

test('runs items with bounded concurrency and keeps input order', async () => {
	let inFlight = 0;
	let peak = 0;
	const results = await runItems(20, 4, async (i) => {
		inFlight++;
		peak = Math.max(peak, inFlight);
		await new Promise((r) => setImmediate(r));
		for (let k = 0; k < (20 - i) % 5; k++) await Promise.resolve();
		inFlight--;
		if (i === 7) throw new Error('seven');
		return i * 10;
	});
	expect(peak).toBe(4);
	expect(results.map((r) => (r.ok ? r.value : 'err'))).toEqual(Array.from({ length: 20 }, (_, i) => (i === 7 ? 'err' : i * 10)));
});

test('after stop() no further item starts', async () => {
	let started = 0;
	let stop = false;
	const results = await runItems(10, 2, async (i) => {
		started++;
		if (i === 1) stop = true;
		return i;
	}, () => stop);
	expect(started).toBe(2);
	expect(results.filter((r) => !r.ok)).toHaveLength(8);
});
