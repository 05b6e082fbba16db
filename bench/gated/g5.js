// Gated script 5 of 10 (bench/ours-gated.html): a little synchronous work, as a small
// analytics tag would do when it runs, then a flag the benchmark checks.
(() => {
  const xs = Array.from({ length: 20000 }, (_, i) => i * 5);
  let sum = 0;
  for (const x of xs) sum += x;
  window.__gated5 = true;
  window.__gatedSum5 = sum;
})();
