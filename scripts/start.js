// `npm start`: the built server with demo data on http://localhost:3000, unless the
// environment says otherwise. Kept in JavaScript so it runs the same on every shell.
process.env.DEMO_DATA ??= '1';
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
await import('../build/index.js');
