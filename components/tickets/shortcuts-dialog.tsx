"use client";

/** The ticket list's keys, and the app's "g then a letter" (components/shell/nav.tsx), listed by "?". */
export const listShortcuts: [string, string][] = [
  ["j / k", "Next / previous ticket"],
  ["Enter", "Open the ticket"],
  ["x", "Select or unselect the ticket (shift-click a checkbox selects a range)"],
  ["/", "Search"],
  ["Esc", "Close this list, or clear the selection"],
  ["?", "Show these shortcuts"],
  ["g then a letter", "Go to a section (g t tickets, g m metrics…)"],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="w-full max-w-md rounded-lg bg-white p-4 shadow-lg dark:bg-zinc-900" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcuts-title" className="mb-3 font-medium">Keyboard shortcuts</h2>
        <dl className="space-y-1.5 text-sm">
          {listShortcuts.map(([keys, what]) => (
            <div key={keys} className="flex justify-between gap-4">
              <dt><kbd className="rounded border border-zinc-300 px-1.5 font-mono text-xs dark:border-zinc-700">{keys}</kbd></dt>
              <dd className="text-right text-zinc-600 dark:text-zinc-400">{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={onClose} className="mt-4 text-sm text-sky-700 underline dark:text-sky-400">Close</button>
      </div>
    </div>
  );
}
