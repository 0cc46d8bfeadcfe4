/** Content words of a line: lowercased runs of three letters or more, common function words aside. */
const STOP_WORDS = new Set(['the', 'and', 'with', 'for', 'from', 'its', 'their', 'this', 'that', 'his', 'her', 'our', 'are', 'was', 'were', 'into', 'onto', 'over', 'under', 'after', 'before', 'near']);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}
