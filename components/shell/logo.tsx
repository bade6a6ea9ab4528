/** A lighthouse beam over a wave: the watch ("vigie") that never sleeps. */
export function Logo({ className = "h-6 w-6" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={`${className} text-sky-600 dark:text-sky-400`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 21l1-11h2l1 11" />
      <path d="M9 10h6l-1-3h-4z" />
      <path d="M14 8l7-3M14 9l7 1" />
      <path d="M3 21c2-1.2 4-1.2 6 0s4 1.2 6 0 4-1.2 6 0" />
    </svg>
  );
}
