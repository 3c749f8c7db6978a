// Server data decides where images and links point, so only two shapes are let through:
// absolute http(s) URLs, and relative URLs that stay on this page's origin. Everything else
// (javascript:, data:, protocol-relative //other.host, ...) is dropped.

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The URL to use, or null when `value` is not a safe http(s) or same-origin relative URL. */
export function safeUrl(value, base = window.location.href) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let parsed;
  try {
    parsed = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // The URL parser drops tabs and newlines, so test the scheme on the same cleaned text it saw.
  const isAbsolute = HAS_SCHEME.test(value.trim().replace(/[\t\n\r]/g, ''));
  if (!isAbsolute && parsed.origin !== new URL(base).origin) return null;
  return parsed.href;
}
