/**
 * Gives the browser the main thread back, so that it can paint what just changed (the closed
 * banner) before the work that follows: `scheduler.yield()` where it exists, else a task.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  try {
    if (typeof scheduler?.yield === 'function') return scheduler.yield();
  } catch {
    // A page's own `scheduler` that throws: a task does it too.
  }
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Resolves once the first frame that shows the banner has been painted: the next animation
 * frame, then a task. A page that is hidden paints no frames, so a timer stands in there.
 */
export function afterPaint(): Promise<void> {
  // Whichever comes first; a promise resolves once.
  return new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });
}
