import { z } from 'zod';

/** Which bot and store a memory probe measures. */
export const MemoryPeer = z.enum(['parley-memory', 'parley-sqlite', 'botbuilder']);
export type MemoryPeer = z.infer<typeof MemoryPeer>;

/** What one memory probe prints, as one JSON line. */
export const MemorySample = z.object({
  peer: MemoryPeer,
  conversations: z.number(),
  heapBefore: z.number(),
  heapAfter: z.number(),
  rssBefore: z.number(),
  rssAfter: z.number(),
  heapBytesPerConversation: z.number(),
  rssBytesPerConversation: z.number(),
});
export type MemorySample = z.infer<typeof MemorySample>;
