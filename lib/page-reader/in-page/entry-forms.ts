// Forms for adding a note, a task or a call log sit on every record page.
// Their controls hold what the rep is about to type (or hidden defaults such
// as status=warm), never the record's own values.

const SUBMIT = 'button[type=submit], button:not([type]), input[type=submit], input[type=image]';
const TEXT_CONTROLS = 'input:not([type=hidden],[type=checkbox],[type=radio],[type=submit],[type=button]), textarea, select';

const entryForms = new WeakMap<Element, boolean>();

/** A form with a submit button whose text boxes are mostly empty (or that has a text area) collects new input. */
function isEntryForm(form: Element): boolean {
  let known = entryForms.get(form);
  if (known !== undefined) return known;
  known = false;
  if (form.querySelector(SUBMIT)) {
    const controls = [...form.querySelectorAll(TEXT_CONTROLS)];
    const empty = controls.filter((control) => {
      if (control.tagName === 'SELECT') return ((control as HTMLSelectElement).value ?? '') === '';
      return ((control as HTMLInputElement).value ?? '').trim() === '';
    });
    known = form.querySelector('textarea') !== null || controls.length === 0 || empty.length * 2 >= controls.length;
  }
  entryForms.set(form, known);
  return known;
}

/** True for a control (or any element) inside a form for new notes or tasks. */
export function inEntryForm(element: Element): boolean {
  const form = element.closest('form');
  return !!form && isEntryForm(form);
}
