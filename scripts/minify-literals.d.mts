import type { Plugin } from 'vite';
export function minifyHtml(text: string): string;
export function minifyCss(text: string, trimStart?: boolean, trimEnd?: boolean): string;
export function minifyLiterals(code: string, fileName: string): string | null;
export function minifyLiteralsPlugin(): Plugin;
