import { mjDriver } from '../../vendors/midjourney';
import { statusOperations } from '../taskOps';
import { readSpeed, speedField } from './common';
import * as action from './action.operation';
import * as blend from './blend.operation';
import * as describe from './describe.operation';
import * as imagine from './imagine.operation';

export const mjStatus = statusOperations({ driver: (env, i) => mjDriver(env, readSpeed(env, i)), fields: [speedField] }, 'The ID a Midjourney submit returned');
export { action, blend, describe, imagine };
