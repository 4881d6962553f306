export const RUN: number;
export const FIXTURE: URL;
export function normalise(text: string): string[];
export function meaningful(chars: string[]): boolean;
export function hash(run: string): string;
export function runs(text: string): Generator<{ at: number; run: string }>;
export function titles(readme: string): string[];
export function fingerprints(texts: string[], titles: string[]): string[];
