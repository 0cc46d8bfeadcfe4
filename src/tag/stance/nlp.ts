/**
 * compromise, loaded on first use: it takes about a third of a second to load and only name
 * classification needs it, so importing threadlens, or splitting pages, never pays for it. The one
 * loader for stance's name readings (salient actors, person cards, rival campaign tags).
 */
import { createRequire } from 'node:module';
import type compromiseType from 'compromise';

let compromise: typeof compromiseType | undefined;

export function nlp(text: string): ReturnType<typeof compromiseType> {
  compromise ??= createRequire(import.meta.url)('compromise') as typeof compromiseType;
  return compromise(text);
}
