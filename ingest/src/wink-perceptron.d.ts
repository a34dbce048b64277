// wink-perceptron ships no types: the part of its API the tagger uses.
declare module 'wink-perceptron' {
  export interface Perceptron {
    defineConfig(config: { shuffleData?: boolean; maxIterations?: number }): unknown;
    learn(examples: Array<[Record<string, number>, { label: string }]>): number;
    predict(features: Record<string, number>): string;
    exportJSON(): string;
    importJSON(json: string): void;
  }
  export default function winkPerceptron(): Perceptron;
}
