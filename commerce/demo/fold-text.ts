/**
 * Text as product search compares it: compatibility-folded (full-width letters and digits become
 * ASCII), accents stripped ("CAFÉ" -> "cafe", "marrón" -> "marron"), lower-cased. Chinese is
 * unchanged apart from the full-width folding.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
