/**
 * Text as the search index stores and matches it: without Vietnamese tone and vowel marks, đ as d,
 * lower case, punctuation as spaces — "Đồng Đăng" and "dong dang" fold to the same words, and the
 * marker "1088/2" to "1088 2". Done in TypeScript for both engines (PostgreSQL's unaccent leaves đ).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a query, at most `max` of them. */
export function searchWords(query: string, max = 8): string[] {
  return foldForSearch(query).split(' ').filter((word) => word !== '').slice(0, max);
}
