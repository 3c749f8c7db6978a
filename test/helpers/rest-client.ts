import { z } from 'zod';
import { OutboundPartSchema, type OutboundPart } from '../../connectors/contract/outbound-part.js';

export const TurnResponse = z.object({
  replies: z.array(OutboundPartSchema),
  state: z.object({ mode: z.enum(['bot', 'pending', 'human']), language: z.string(), intent: z.string().optional() }),
});
export type TurnResponse = z.infer<typeof TurnResponse>;

/** A shopper on the REST channel, checking every response against the documented shapes. */
export class RestShopper {
  conversationId = '';

  constructor(private readonly baseUrl: string, private readonly headers: Record<string, string> = {}) {}

  async start(body: { userId?: string; locale?: string } = {}): Promise<this> {
    const response = await this.post('/api/v1/conversations', body);
    if (response.status !== 201) throw new Error(`create conversation: ${response.status} ${await response.text()}`);
    this.conversationId = z.object({ conversationId: z.string() }).parse(await response.json()).conversationId;
    return this;
  }

  async say(text: string, headers: Record<string, string> = {}): Promise<TurnResponse> {
    return this.turn({ text }, headers);
  }

  async press(payload: string): Promise<TurnResponse> {
    return this.turn({ payload });
  }

  async transcript(): Promise<Array<{ from: string; text: string; at: string }>> {
    const response = await fetch(`${this.baseUrl}/api/v1/conversations/${this.conversationId}/transcript`, { headers: this.headers });
    if (response.status !== 200) throw new Error(`transcript: ${response.status}`);
    return z.object({ messages: z.array(z.object({ from: z.string(), text: z.string(), at: z.string() })) }).parse(await response.json()).messages;
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  private async turn(body: unknown, headers: Record<string, string> = {}): Promise<TurnResponse> {
    const response = await this.post(`/api/v1/conversations/${this.conversationId}/messages`, body, headers);
    if (response.status !== 200) throw new Error(`message: ${response.status} ${await response.text()}`);
    return TurnResponse.parse(await response.json());
  }
}

/** Every reply's words, joined, for assertions about what the shopper saw. */
export function said(response: { replies: OutboundPart[] }): string {
  return response.replies.map((part) => {
    switch (part.type) {
      case 'text': return part.text;
      case 'choices': return [part.text, ...part.choices.map((choice) => choice.label)].join(' | ');
      case 'card': return part.title;
      case 'carousel': return part.cards.map((card) => card.title).join(' | ');
      case 'typing': return '';
    }
  }).join('\n');
}
