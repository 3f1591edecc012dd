/**
 * How a one-time code for finding one's demands by phone reaches the citizen. A deployment plugs in its SMS gateway
 * with setLookupCodeSender; the demo (DEMO_MODE) has no gateway and shows the code on screen instead.
 */
export interface LookupCodeSender {
  /** True only for the demo's screen sender: the code is returned in the response to be shown. */
  readonly showsCode: boolean;
  send(phone: string, text: string): Promise<void>;
}

export const screenSender: LookupCodeSender = { showsCode: true, send: async () => {} };

let plugged: LookupCodeSender | null = null;

export function setLookupCodeSender(sender: LookupCodeSender | null) {
  plugged = sender;
}

/** The plugged sender, else the screen in demo mode, else none (the lookup is then unavailable). */
export function lookupCodeSender(demoMode: boolean): LookupCodeSender | null {
  return plugged ?? (demoMode ? screenSender : null);
}
