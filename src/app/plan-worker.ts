import { parentPort } from 'node:worker_threads';
import { planActions, type PlanHint } from '../model/plan/plan-actions.js';
import { PlanInfeasible } from '../model/plan/solve-plan-lp.js';
import type { PlanInput } from '../model/plan/plan-input.js';
import { solvedPlan, type SolvedPlan } from './solved-plan.js';

/**
 * A worker thread of the plan solver pool (app/plan-solver.ts): solves one plan at a time and posts
 * back its total cost, or the error's name and message (a rejected solve, e.g. PlanInfeasible, is
 * an answer, not a crash of the worker). Its own entry of the bundle (scripts/bundle.mjs).
 */

export interface PlanWorkerRequest {
  input: PlanInput;
  hint?: PlanHint;
}

/** `reason`: PlanInfeasible's, so the pool rebuilds the same error. */
export type PlanWorkerReply = SolvedPlan | { error: { name: string; message: string; reason?: PlanInfeasible['reason'] } };

const port = parentPort;
port?.on('message', (request: PlanWorkerRequest) => {
  const reply = (message: PlanWorkerReply): void => port.postMessage(message);
  planActions(request.input, request.hint !== undefined ? { hint: request.hint } : {}).then(
    (outcome) => reply(solvedPlan(outcome)),
    (error: unknown) =>
      reply({
        error:
          error instanceof PlanInfeasible
            ? { name: error.name, message: error.message, reason: error.reason }
            : error instanceof Error
              ? { name: error.name, message: error.message }
              : { name: 'Error', message: String(error) },
      }),
  );
});
