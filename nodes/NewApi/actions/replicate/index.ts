import { replicateDriver } from '../../vendors/replicate';
import { statusOperations } from '../taskOps';
import * as generate from './generate.operation';

export const replicateStatus = statusOperations({ driver: (env) => replicateDriver(env) }, 'The prediction ID a Replicate Generate returned');
export { generate };
