/** The largest request body we accept. Our forms send a few kilobytes at most. */
export const maxBodyBytes = 64 * 1024;
