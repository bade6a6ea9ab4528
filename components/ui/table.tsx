import type { ReactNode } from "react";

/** The padding of every cell in a Table. */
export const cellClass = "px-3 py-2";

/**
 * The one table shell: bordered, scrolling sideways on narrow screens, a header row, rows given as children.
 * `empty`, when set, is shown as a single row across every column (the caller knows there is no row).
 */
export function Table({ head, children, testId, empty, small = true, cards = false }: {
  head: ReactNode[];
  children?: ReactNode;
  testId?: string;
  empty?: ReactNode;
  /** Body text in the small size (the default); the header is always small. */
  small?: boolean;
  /** Below md the rows are cards (the rows style themselves as such): no header row, nothing to scroll sideways. */
  cards?: boolean;
}) {
  return (
    // Focusable: a table wider than the screen scrolls with the keyboard too (arrow keys once it has focus).
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-zinc-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/40 dark:border-zinc-800 dark:bg-zinc-900">
      <table className={`w-full text-left ${small ? "text-xs" : ""} ${cards ? "block md:table" : ""}`}>
        <thead className={`border-b border-zinc-200 text-xs uppercase tracking-wide text-zinc-500 dark:border-zinc-800 ${cards ? "hidden md:table-header-group" : ""}`}>
          <tr>{head.map((h, i) => <th key={i} className={`${cellClass} font-medium`}>{h}</th>)}</tr>
        </thead>
        <tbody className={`divide-y divide-zinc-100 dark:divide-zinc-800 ${cards ? "block md:table-row-group" : ""}`} data-testid={testId}>
          {children}
          {empty ? <tr className={cards ? "block md:table-row" : undefined}><td colSpan={head.length} className={`px-3 py-6 text-center text-zinc-500 ${cards ? "block md:table-cell" : ""}`}>{empty}</td></tr> : null}
        </tbody>
      </table>
    </div>
  );
}
