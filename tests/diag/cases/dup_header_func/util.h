int clamp(int v) { return v < 0 ? 0 : v > 9 ? 9 : v; }
