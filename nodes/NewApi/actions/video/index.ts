import { videoDriver, type VideoApiStyle } from '../../vendors/video';
import { statusOperations } from '../taskOps';
import * as generate from './generate.operation';

export const videoStatus = statusOperations(
	{
		driver: (env, i) => videoDriver(env, env.ctx.getNodeParameter('apiStyle', i, 'unified') as VideoApiStyle),
		fields: [generate.apiStyleField],
	},
	'The ID a video Generate returned (task_… on newer sites, the upstream ID on older ones)',
);
export { generate };
