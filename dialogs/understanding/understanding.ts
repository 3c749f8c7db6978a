/** An entity found in a message, with its place in the text. */
export interface Entity {
  type: string;
  value: string;
  text: string;
  start: number;
  end: number;
}

export interface IntentScore {
  name: string;
  confidence: number;
}

/** What the understanding stage made of one shopper message. */
export interface Understanding {
  language: string;
  intent: IntentScore;
  ranking: IntentScore[];
  entities: Entity[];
}
