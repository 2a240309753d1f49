/** silabea (Spanish syllabification) ships no types; only what src/lib/readability-es.ts uses. */
declare module 'silabea' {
  interface Silabas {
    /** How many syllables the word has. */
    numeroSilaba: number;
    silabas: { silaba: string; inicioPosicion: number }[];
  }
  const silabea: { getSilabas(word: string): Silabas };
  export default silabea;
}
