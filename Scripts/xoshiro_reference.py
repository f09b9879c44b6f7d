#!/usr/bin/env python3
# Independent reference implementation of SplitMix64 and xoshiro256** (from the published
# algorithm descriptions), used to produce the expected values of
# Tests/InterphaseTests/Corrections/RandomNumberGeneratorTests.swift. Pure Python, no dependencies.
# Run: python3 Scripts/xoshiro_reference.py
M = (1 << 64) - 1
def splitmix64(state):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & M
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        yield z ^ (z >> 31)
def mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return z ^ (z >> 31)
def rotl(x, k): return ((x << k) | (x >> (64 - k))) & M
class X:
    def __init__(self, seed=None, state=None):
        if state is None:
            g = splitmix64(seed); state = [next(g) for _ in range(4)]
        self.s = list(state)
    def next(self):
        s = self.s
        r = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
        return r
    def jump(self):
        J = [0x180ec6d33cfd0aba, 0xd5a61266f0c9392c, 0xa9582618e03fc9aa, 0x39abdc4529b1661c]
        a = [0, 0, 0, 0]
        for w in J:
            for b in range(64):
                if w >> b & 1:
                    a = [a[i] ^ self.s[i] for i in range(4)]
                self.next()
        self.s = a

g = splitmix64(0); print("splitmix64 seed 0:", [hex(next(g)) for _ in range(3)])
for seed in (0, 42):
    x = X(seed); print("xoshiro seed", seed, "state", [hex(v) for v in x.s]); print("  outputs", [hex(x.next()) for _ in range(5)])
x = X(state=[1, 2, 3, 4]); print("state 1,2,3,4 outputs", [hex(x.next()) for _ in range(6)])
stream_seed = lambda seed, i: mix(seed ^ mix(i ^ 0xD1B54A32D192ED03))
for i in (0, 1, 7):
    x = X(stream_seed(42, i)); print("seed 42 stream", i, [hex(x.next()) for _ in range(2)])
x = X(42); x.jump(); print("seed 42 after jump", [hex(x.next()) for _ in range(2)])

# Verify the jump polynomial independently: T^(2^128) applied to the state, with T the GF(2)
# matrix of one step (columns = images of unit vectors; state packed as a 256-bit int).
def pack(s): return s[0] | s[1] << 64 | s[2] << 128 | s[3] << 192
def unpack(v): return [(v >> (64 * i)) & M for i in range(4)]
def step(v):
    x = X(state=unpack(v)); x.next(); return pack(x.s)
cols = [step(1 << j) for j in range(256)]  # T e_j
def apply(cols, v):
    r = 0; j = 0
    while v:
        if v & 1: r ^= cols[j]
        v >>= 1; j += 1
    return r
def compose(a, b):  # (a∘b) columns
    return [apply(a, c) for c in b]
P = cols
for _ in range(128): P = compose(P, P)
x = X(42); s0 = pack(x.s); x.jump()
print("jump matches T^(2^128):", apply(P, s0) == pack(x.s))
