import type { INodeProperties } from 'n8n-workflow';

import { klingDriver, type KlingKind } from '../../vendors/kling';
import { statusOperations } from '../taskOps';
import * as generate from './generate.operation';

const kindField: INodeProperties = { ...generate.kindField, default: '={{ $json.klingKind || "text2video" }}', description: 'The kind the task was created with (its status lives under that path)' };

export const klingStatus = statusOperations({ driver: (env, i) => klingDriver(env, env.ctx.getNodeParameter('kind', i, 'text2video') as KlingKind), fields: [kindField] }, 'The task ID a Kling Generate returned');
export { generate };
