/**
 * The citizen's public pages (/c/submit, /c/track, /c/track/<code>): the server answers them with the small public app
 * (citizen.html) rather than the staff and member app (index.html), so a phone on a weak signal downloads only the form.
 */
export const citizenPath = /^\/c\/(submit|track)(\/[^/]*)?\/?$/;
