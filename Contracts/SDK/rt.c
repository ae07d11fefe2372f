// The C runtime every contract links: what Embedded Swift expects from libc, plus the 128-bit
// integer helpers LLVM calls on wasm32 (no compiler-rt is shipped for that target).
//
// Every call runs in a fresh instance, so the allocator only bumps and `free` does nothing: the
// whole heap is dropped when the call ends. Compiled with -fno-builtin so that clang never turns
// these loops back into calls to themselves, and with -mbulk-memory so that copies and fills are
// single `memory.copy` / `memory.fill` operators.

#include <stddef.h>
#include <stdint.h>

extern unsigned char __heap_base;

static uintptr_t heap_top;

int posix_memalign(void **out, size_t alignment, size_t size) {
    if (heap_top == 0) heap_top = (uintptr_t)&__heap_base;
    if (alignment < sizeof(void *)) alignment = sizeof(void *);
    // Alignment must be a power of two; anything else is a caller bug.
    if ((alignment & (alignment - 1)) != 0) __builtin_trap();
    uintptr_t start = (heap_top + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if (start < heap_top) __builtin_trap();
    uintptr_t end = start + size;
    if (end < start) __builtin_trap();
    uintptr_t limit = __builtin_wasm_memory_size(0) * 65536u;
    if (end > limit) {
        uintptr_t pages = (end - limit + 65535u) / 65536u;
        // Growth past the VM's memory cap fails; there is nothing useful to return, so stop.
        if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) __builtin_trap();
    }
    heap_top = end;
    *out = (void *)start;
    return 0;
}

void free(void *pointer) { (void)pointer; }

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    __builtin_memcpy(dst, src, n);
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    // memory.copy handles overlapping ranges.
    __builtin_memmove(dst, src, n);
    return dst;
}

void *memset(void *dst, int c, size_t n) {
    __builtin_memset(dst, c, n);
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    }
    return 0;
}

size_t strlen(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

void abort(void) { __builtin_trap(); }

// Contracts have no output stream; Embedded Swift's print lands here and is dropped.
int putchar(int c) { return c; }

// Randomness would make execution differ between validators, so anything that asks for it traps.
void arc4random_buf(void *buffer, size_t n) {
    (void)buffer;
    (void)n;
    __builtin_trap();
}

// ---- 128-bit integer helpers (compiler-rt names and semantics) ----
// Written over 64-bit halves only: any 128-bit operator here would call these functions again.

typedef union {
    unsigned __int128 all;
    struct { uint64_t low, high; } s; // wasm32 is little-endian
} u128;

static unsigned __int128 make(uint64_t high, uint64_t low) {
    u128 r;
    r.s.high = high;
    r.s.low = low;
    return r.all;
}

// Full 64x64 -> 128 product from 32-bit pieces, since wasm only has the low half of i64.mul.
static unsigned __int128 mul64(uint64_t a, uint64_t b) {
    uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t middle = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
    uint64_t low = (middle << 32) | (uint32_t)p00;
    uint64_t high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
    return make(high, low);
}

__int128 __multi3(__int128 a, __int128 b) {
    u128 x = {.all = (unsigned __int128)a}, y = {.all = (unsigned __int128)b};
    u128 r = {.all = mul64(x.s.low, y.s.low)};
    r.s.high += x.s.low * y.s.high + x.s.high * y.s.low;
    return (__int128)r.all;
}

unsigned __int128 __ashlti3(unsigned __int128 value, int shift) {
    u128 x = {.all = value};
    shift &= 127;
    if (shift == 0) return value;
    if (shift >= 64) return make(x.s.low << (shift - 64), 0);
    return make((x.s.high << shift) | (x.s.low >> (64 - shift)), x.s.low << shift);
}

unsigned __int128 __lshrti3(unsigned __int128 value, int shift) {
    u128 x = {.all = value};
    shift &= 127;
    if (shift == 0) return value;
    if (shift >= 64) return make(0, x.s.high >> (shift - 64));
    return make(x.s.high >> shift, (x.s.low >> shift) | (x.s.high << (64 - shift)));
}

__int128 __ashrti3(__int128 value, int shift) {
    u128 x = {.all = (unsigned __int128)value};
    int64_t high = (int64_t)x.s.high;
    shift &= 127;
    if (shift == 0) return value;
    if (shift >= 64) return (__int128)make((uint64_t)(high >> 63), (uint64_t)(high >> (shift - 64)));
    return (__int128)make((uint64_t)(high >> shift), (x.s.low >> shift) | (x.s.high << (64 - shift)));
}

static int less(u128 a, u128 b) {
    return a.s.high < b.s.high || (a.s.high == b.s.high && a.s.low < b.s.low);
}

// Restoring division, one quotient bit per step; the 64-bit fast path covers most amounts. After j
// steps the remainder is below 2^j, so shifting it left never loses a bit.
static void divmod(unsigned __int128 n, unsigned __int128 d, u128 *quotient, u128 *remainder) {
    u128 num = {.all = n}, den = {.all = d};
    if (den.s.high == 0 && den.s.low == 0) __builtin_trap();
    if (num.s.high == 0 && den.s.high == 0) {
        quotient->all = make(0, num.s.low / den.s.low);
        remainder->all = make(0, num.s.low % den.s.low);
        return;
    }
    u128 q = {.all = make(0, 0)}, r = {.all = make(0, 0)};
    for (int bit = 127; bit >= 0; bit--) {
        uint64_t in = bit >= 64 ? (num.s.high >> (bit - 64)) & 1 : (num.s.low >> bit) & 1;
        r.s.high = (r.s.high << 1) | (r.s.low >> 63);
        r.s.low = (r.s.low << 1) | in;
        if (!less(r, den)) {
            uint64_t borrow = r.s.low < den.s.low;
            r.s.low -= den.s.low;
            r.s.high -= den.s.high + borrow;
            if (bit >= 64) q.s.high |= (uint64_t)1 << (bit - 64);
            else q.s.low |= (uint64_t)1 << bit;
        }
    }
    *quotient = q;
    *remainder = r;
}

unsigned __int128 __udivti3(unsigned __int128 n, unsigned __int128 d) {
    u128 q, r;
    divmod(n, d, &q, &r);
    return q.all;
}

unsigned __int128 __umodti3(unsigned __int128 n, unsigned __int128 d) {
    u128 q, r;
    divmod(n, d, &q, &r);
    return r.all;
}

static unsigned __int128 negate(unsigned __int128 value) {
    u128 x = {.all = value};
    uint64_t low = ~x.s.low + 1;
    uint64_t high = ~x.s.high + (low == 0);
    return make(high, low);
}

static int negative(__int128 value) {
    u128 x = {.all = (unsigned __int128)value};
    return (int64_t)x.s.high < 0;
}

static unsigned __int128 magnitude(__int128 value) {
    return negative(value) ? negate((unsigned __int128)value) : (unsigned __int128)value;
}

// Signed division truncates toward zero; the remainder takes the dividend's sign.
__int128 __divti3(__int128 n, __int128 d) {
    u128 q, r;
    divmod(magnitude(n), magnitude(d), &q, &r);
    return (__int128)(negative(n) != negative(d) ? negate(q.all) : q.all);
}

__int128 __modti3(__int128 n, __int128 d) {
    u128 q, r;
    divmod(magnitude(n), magnitude(d), &q, &r);
    return (__int128)(negative(n) ? negate(r.all) : r.all);
}
