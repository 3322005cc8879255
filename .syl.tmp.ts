import { syllable } from 'syllable';
for (const w of process.argv.slice(2).join(' ').match(/[\p{L}\p{N}'’-]+/gu) ?? []) process.stdout.write(`${w}:${syllable(w)} `);
console.log();
