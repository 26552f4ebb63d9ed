import { customDriver } from '../../vendors/custom';
import { statusOperations } from '../taskOps';
import { readSpec, specFields } from './spec';
import * as submit from './submit.operation';

export const customStatus = statusOperations({ driver: (env, i) => customDriver(env, readSpec(env, i)), fields: specFields }, 'The task ID the Submit returned');
export { submit };
