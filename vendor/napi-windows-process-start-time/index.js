// Intentionally empty: see package.json. Vite catches the failed named import and falls back.
