/**
 * The form's values once valid, or null when a field is wrong (antd shows why under it). A bare
 * `form.validateFields()` rejects on an empty submit, and that rejection would be left unhandled.
 */
export async function validValues<V>(form: { validateFields: () => Promise<V> }): Promise<V | null> {
  try {
    return await form.validateFields();
  } catch (err) {
    if (err && typeof err === 'object' && 'errorFields' in err) return null;
    throw err;
  }
}
