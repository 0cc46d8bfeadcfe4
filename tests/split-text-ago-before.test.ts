/**
 * Ages printed with their "ago" word first, in the languages that do so ("hace 58 min", "il y a
 * 2 heures", "vor 3 Stunden", "há 2 dias"): a date line under the writer's name, never a writer
 * called "hace" (issue 14). Pages invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { splitChecked } from './text-pages.js';

const HEAD = [
  'Diario del Sur',
  'El puerto amplía el horario de carga',
  'El puerto extenderá su horario de carga hasta la medianoche a partir del lunes, según informó la autoridad portuaria en un comunicado.',
  'Los transportistas celebraron la medida, aunque advierten que faltan camiones.',
  'Comentarios',
];
const THREAD: [string, string][] = [
  ['Gabriela Núñez', 'Ya era hora, las filas de camiones llegaban hasta la ruta.'],
  ['tincho_82', 'Falta ver si hay personal para el turno de noche.'],
  ['Rolo', 'Mi hermano maneja un camión y dice que la espera era de seis horas.'],
  ['Marisa L.', 'Ojalá también arreglen el acceso norte.'],
];

describe('an age with its "ago" word first, under the writer\u2019s name', () => {
  it.each([
    ['Spanish', (i: number) => `hace ${i * 7 + 3} min`],
    ['Spanish, hours', (i: number) => `hace ${i + 1} horas`],
    ['French', (i: number) => `il y a ${i + 2} heures`],
    ['German', (i: number) => `vor ${i + 2} Stunden`],
    ['Portuguese', (i: number) => `há ${i + 2} dias`],
  ])('%s: every comment, by its writer', (_, age) => {
    for (const separator of ['\n', '\n\n']) {
      const text = [...HEAD, ...THREAD.flatMap(([name, words], i) => [name, age(i), words, 'Me gusta · Responder'])].join(separator);
      expect(splitChecked(text).comments.map((c) => [c.author, c.text])).toEqual(THREAD);
    }
  });
});
