/** Reporting components of the sandbox's own events (upstream records none for these facts). */
export const SANDBOX_APISERVER = 'sandbox-apiserver';
export const SANDBOX_IPALLOCATOR = 'sandbox-ipallocator';
