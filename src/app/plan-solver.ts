import type { Worker } from 'node:worker_threads';
import { planActions, type PlanHint } from '../model/plan/plan-actions.js';
import type { PlanInput } from '../model/plan/plan-input.js';
import { PlanInfeasible, PlanUnsolved } from '../model/plan/solve-plan-lp.js';
import type { PlanWorkerReply, PlanWorkerRequest } from './plan-worker.js';
import { solvedPlan, type SolvedPlan } from './solved-plan.js';
import { workerLimit } from './worker-limit.js';

/**
 * Solves many plans (`spp sensitivity`'s variants, `spp compare`'s scenarios) on the machine's
 * cores: a small pool of worker threads (app/plan-worker.ts), each solving one plan at a time with
 * its own HiGHS. A plan's total cost is the same number in a worker as in this thread (the same
 * code on the same input; structured clone keeps every double and Infinity), so the output does not
 * depend on the number of workers or on the order they finish in.
 *
 * Decisions:
 * - The pool has min(SPP_WORKERS or os.availableParallelism() capped at 4 (app/worker-limit.ts), plans
 *   to solve) workers; with 1 no worker is started and the plans are solved in this thread one after
 *   another, as before.
 * - A worker that dies (or whose file will not load) is not replaced: its plan, and every plan left
 *   when no worker is, is solved in this thread: slower, never a different answer or a crash.
 * - An idle worker is unref'd, so it never keeps the process alive; `close` terminates them all.
 */

export interface PlanSolver {
  /** `planActions(input, { hint })`'s total cost and hint; rejects as planActions would. */
  solve(input: PlanInput, hint?: PlanHint): Promise<SolvedPlan>;
  /** Plans solved at once: 1 in this thread, else the pool's size. */
  readonly parallel: number;
  /** Terminates every worker; a plan not yet solved rejects. */
  close(): Promise<void>;
}

/**
 * A solver for `pending` plans (at most; a cached one is not asked again): `workers` (default: see
 * workerLimit) at once, each running `script` (default: app/plan-worker.ts, see workerUrl).
 */
export async function openPlanSolver(pending: number, workers?: number, script: URL = workerUrl()): Promise<PlanSolver> {
  // SPP_WORKERS is checked even when no worker is needed: a typo is said at once, not only on the day
  // a run solves two plans.
  const limit = workers ?? workerLimit();
  if (pending <= 1) return inThreadSolver();
  const size = Math.min(limit, pending);
  if (size <= 1) return inThreadSolver();
  const { Worker } = await import('node:worker_threads');
  return new WorkerPool(size, () => new Worker(script));
}

/** Solves in this thread, one plan after another (in the order asked). */
function inThreadSolver(): PlanSolver {
  let last: Promise<unknown> = Promise.resolve();
  return {
    parallel: 1,
    solve(input, hint) {
      const solved = last.then(() => planActions(input, hint !== undefined ? { hint } : {})).then(solvedPlan);
      last = solved.catch(() => undefined);
      return solved;
    },
    close: async () => undefined,
  };
}

/**
 * The worker's file: next to this module (dist/bundle/ of the bundle, build/src/app/ of the
 * benchmarks). Run from the TypeScript source (vitest), the bundle's of `npm run build`: Node 20
 * does not run .ts, and the test set-up builds dist/ first.
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/bundle/plan-worker.js', import.meta.url) : new URL('./plan-worker.js', import.meta.url);
}

/** An error a worker posted back, as the class this thread would have seen (the use-case maps PlanInfeasible to a located message). */
function rebuilt(error: { name: string; message: string; reason?: PlanInfeasible['reason'] }): Error {
  if (error.name === 'PlanInfeasible') return new PlanInfeasible(error.reason);
  if (error.name === 'PlanUnsolved') return new PlanUnsolved();
  return Object.assign(new Error(error.message), { name: error.name });
}

interface Task {
  input: PlanInput;
  hint: PlanHint | undefined;
  resolve: (solved: SolvedPlan) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

const closedError = (): Error => new Error('the plan solver was closed');

class WorkerPool implements PlanSolver {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly fallback = inThreadSolver();
  /** A worker died: start no more; what is left is solved in this thread once no worker remains. */
  private broken = false;
  private closed = false;

  constructor(
    readonly parallel: number,
    private readonly start: () => Worker,
  ) {}

  solve(input: PlanInput, hint?: PlanHint): Promise<SolvedPlan> {
    if (this.closed) return Promise.reject(closedError());
    return new Promise((resolve, reject) => {
      this.queue.push({ input, hint, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(closedError());
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /** Hands queued plans to idle workers, starting workers up to the pool's size. */
  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.task === undefined) ?? this.spawn();
      if (slot === undefined) break;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage({ input: task.input, ...(task.hint !== undefined ? { hint: task.hint } : {}) } satisfies PlanWorkerRequest);
    }
    if (this.broken && this.slots.length === 0) for (const task of this.queue.splice(0)) this.inThread(task);
  }

  private spawn(): Slot | undefined {
    if (this.broken || this.closed || this.slots.length >= this.parallel) return undefined;
    const slot: Slot = { worker: this.start(), task: undefined };
    const done = (): Task | undefined => {
      const task = slot.task;
      slot.task = undefined;
      return task;
    };
    slot.worker.on('message', (reply: PlanWorkerReply) => {
      slot.worker.unref();
      const task = done();
      if (task !== undefined) {
        if ('total' in reply) task.resolve(reply);
        else task.reject(rebuilt(reply.error));
      }
      this.pump();
    });
    // An uncaught error in the worker, or a worker file that does not load: 'exit' follows and handles it.
    slot.worker.on('error', () => undefined);
    slot.worker.on('exit', () => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      const task = done();
      if (this.closed) {
        task?.reject(closedError());
        return;
      }
      this.broken = true;
      if (task !== undefined) this.inThread(task);
      this.pump();
    });
    this.slots.push(slot);
    return slot;
  }

  private inThread(task: Task): void {
    this.fallback.solve(task.input, task.hint).then(task.resolve, task.reject);
  }
}
