// The server refuses shopper messages over 4096 bytes of UTF-8; checking here first lets the
// shopper fix the text before anything is sent.
export const MAX_MESSAGE_BYTES = 4096;

const encoder = new window.TextEncoder();

export function utf8ByteLength(text) {
  return encoder.encode(text).length;
}
