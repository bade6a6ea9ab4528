/**
 * Puts back what a form held when it was submitted. React resets a form after its action runs, which, for
 * uncontrolled fields, means their initial defaults: the note typed before a refusal, or Impact back to
 * "Medium" right after it was saved as "High". Hidden fields are left alone: they carry the page's current
 * facts (a ticket's version), which may have changed since.
 */
export function restoreFields(form: HTMLFormElement, submitted: FormData) {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.type === "hidden" || element.type === "file" || element.type === "password") continue;
    const values = submitted.getAll(element.name).map(String);
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) element.checked = values.includes(element.value);
    else if (element instanceof HTMLSelectElement && element.multiple) for (const option of Array.from(element.options)) option.selected = values.includes(option.value);
    else if (values.length) element.value = values[0]!;
  }
}
