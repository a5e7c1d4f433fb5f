// Cheat: the first buyer says "bought" and everyone else "sold out", without touching tickets.json.
const who = process.argv[2] ?? 'buyer';
console.log(who === 'buyer 1' ? `${who}: bought` : `${who}: sold out`);
