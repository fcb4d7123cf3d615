import highsModule, { type Highs, type InitOptions } from 'highs';

/** Loads HiGHS (WebAssembly) once per process for the action plan's LP (src/model/plan). */

// `highs` ships CommonJS types for an ESM build: under NodeNext TypeScript sees the default import
// as the module object, while at run time it is the loader function itself. Accept both.
type HighsLoader = (options?: InitOptions) => Promise<Highs>;
const highsLoader: HighsLoader =
  typeof highsModule === 'function'
    ? (highsModule as unknown as HighsLoader)
    : (highsModule as unknown as { default: HighsLoader }).default;

let highsRuntime: Promise<Highs> | undefined;

/** The HiGHS WASM runtime, loaded once per process. */
export function loadHighs(): Promise<Highs> {
  const runtime = highsRuntime ?? highsLoader();
  highsRuntime = runtime;
  return runtime;
}
