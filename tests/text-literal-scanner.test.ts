import { describe, expect, it } from 'vitest';
import { LiteralScanner } from '../src/text/literals.js';

/** Which literals occur, the slow way. */
const byIndexOf = (literals: string[], text: string) => literals.map((literal) => (text.includes(literal) ? 1 : 0));

describe('LiteralScanner tables', () => {
  it('finds the same literals with a table too large for 16-bit states (over 65,535 states) as with a small one', () => {
    // 12,000 literals that differ from their first character on (base-7 numbers written backwards).
    const big = Array.from({ length: 12_000 }, (_, k) => [...k.toString(7).padStart(10, '0')].reverse().join(''));
    const states = new Set(big.flatMap((literal) => [...literal].map((_, i) => literal.slice(0, i + 1)))).size + 1;
    expect(states).toBeGreaterThan(0xffff);
    const texts = ['', big[0]!, `xx${big[11_999]}yy${big[1234]}`, `${big[5]!.slice(1)} ${big[6]}${big[7]}`, big.slice(100, 140).join(' ')];
    const scanner = new LiteralScanner(big);
    for (const text of texts) expect([...scanner.scan(text)]).toEqual(byIndexOf(big, text));
    const small = big.slice(0, 50);
    const smallScanner = new LiteralScanner(small);
    for (const text of texts) expect([...smallScanner.scan(text)]).toEqual(byIndexOf(small, text));
  });

  it('reports literals that end inside other literals (outputs through failure links)', () => {
    const literals = ['abcd', 'bc', 'c', 'cd', 'xbcdx'];
    for (const text of ['abcd', 'xbcdx', 'bcd', 'zzz']) expect([...new LiteralScanner(literals).scan(text)]).toEqual(byIndexOf(literals, text));
  });
});
