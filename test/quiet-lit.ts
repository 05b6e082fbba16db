// Runs before anything imports Lit (first of the browser project's setupFiles): Lit's
// development build, which Vite serves to tests, says "Lit is in dev mode" once per page
// unless that warning is marked as given. The tests run the development build on purpose
// (its extra checks); the notice, twenty times over, would only bury real failures.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set(['dev-mode']);

export {};
