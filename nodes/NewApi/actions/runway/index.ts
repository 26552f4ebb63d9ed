import { runwayDriver } from '../../vendors/runway';
import { statusOperations } from '../taskOps';
import * as generate from './generate.operation';

export const runwayStatus = statusOperations({ driver: (env) => runwayDriver(env) }, 'The task ID a Runway Generate returned');
export { generate };
