// Vite turns CSS imports into style sheets; TypeScript only needs to know they exist.
declare module '*.css';
