// One worker process: squares the number it was given, after a random pause (it is "slow work").
const n = Number(process.argv[2]);
setTimeout(() => {
  console.log(`child ${process.pid}: ${n}² = ${n * n}`);
  process.send?.({ n, square: n * n });
  process.disconnect?.();
}, 50 + Math.floor(Math.random() * 250));
