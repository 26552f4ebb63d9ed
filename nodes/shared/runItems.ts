import { settle, type Settled } from './transport/retry';

/**
 * Runs `worker` for indexes 0..count-1 with at most `concurrency` in flight. Results keep input
 * order. Once `stop()` returns true no new index is started; indexes never started report
 * `{ ok: false, error: skipped }`.
 */
export async function runItems<T>(
	count: number,
	concurrency: number,
	worker: (index: number) => Promise<T>,
	stop: () => boolean = () => false,
	skipped: unknown = new Error('skipped'),
): Promise<Array<Settled<T>>> {
	const results: Array<Settled<T>> = new Array<Settled<T>>(count);
	let next = 0;
	const lanes = Math.max(1, Math.min(Math.floor(concurrency) || 1, count));
	const lane = async () => {
		while (next < count) {
			const index = next++;
			if (stop()) {
				results[index] = { ok: false, error: skipped };
				continue;
			}
			results[index] = await settle(() => worker(index));
		}
	};
	await Promise.all(Array.from({ length: lanes }, lane));
	return results;
}
