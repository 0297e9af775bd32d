// Error text shared by the readers. Kept apart from xml.ts so that the JSON
// reader (which the app's first bundle loads) does not pull in the XML parser.

/** The error's message, for wrapping third-party errors with our module name. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
