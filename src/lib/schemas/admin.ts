import { z } from 'zod';

/** "End all sessions" on the administration's account list: which account. */
export const endSessionsSchema = z.object({ userId: z.string().trim().min(1).max(100) });
