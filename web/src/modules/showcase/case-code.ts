/** The code a case goes by in blind review (the server's `caseCode`). */
export const caseCode = (id: number) => `C${String(id).padStart(5, '0')}`;
