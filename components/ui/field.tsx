import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

export const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 aria-[invalid=true]:border-rose-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

/** The same look for compact controls that sit side by side (filters, inline forms). */
export const compactInputClass = inputClass.replace("block w-full", "inline-block");

/**
 * A labelled control with its validation message, linked for screen readers. `id` (default: the name) must be
 * unique in the page: two forms on one page that share a field name give one of them its own ids.
 */
export function Field({ label, name, id = name, errors, hint, children }: { label: string; name: string; id?: string; errors?: string[]; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p className="text-xs text-zinc-500">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs text-rose-600 dark:text-rose-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function Input({ name, id = name, errors, ...props }: InputHTMLAttributes<HTMLInputElement> & { name: string; errors?: string[] }) {
  return (
    <input
      id={id}
      name={name}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={errors?.length ? `${id}-error` : undefined}
      className={inputClass}
      {...props}
    />
  );
}

export function Select({ name, id = name, errors, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { name: string; errors?: string[] }) {
  return (
    <select id={id} name={name} aria-invalid={errors?.length ? true : undefined} className={inputClass} {...props}>
      {children}
    </select>
  );
}
