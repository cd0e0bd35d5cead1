#!/usr/bin/env python3
"""Writes the fuzz_binaryvalues seed corpus (fuzz/corpus/binaryvalues): one
small valid send-format value per file, for every family the renderer knows.

A seed is the type OID (2 bytes, big-endian), a time-zone index and the
value, as fuzz/fuzz_binaryvalues.cpp reads it. The user type OIDs match the
map built there. Run it from anywhere; it rewrites the folder's .bin files
except crash-*.bin, inputs the fuzzer once failed on, which are kept as found.
"""
import pathlib
import struct

OUT = pathlib.Path(__file__).resolve().parent / "binaryvalues"

# Built-in OIDs (core/types/TypeOids.h).
BOOL, BYTEA, CHAR, NAME, INT8, INT2, INT4, TEXT, OID, JSON = 16, 17, 18, 19, 20, 21, 23, 25, 26, 114
FLOAT4, FLOAT8, BPCHAR, VARCHAR, DATE, TIME = 700, 701, 1042, 1043, 1082, 1083
TIMESTAMP, TIMESTAMPTZ, INTERVAL, TIMETZ, BIT, VARBIT = 1114, 1184, 1186, 1266, 1560, 1562
NUMERIC, UUID, JSONB = 1700, 2950, 3802
ARRAY_OF = {BOOL: 1000, BYTEA: 1001, CHAR: 1002, NAME: 1003, INT2: 1005, INT4: 1007, TEXT: 1009,
            BPCHAR: 1014, VARCHAR: 1015, INT8: 1016, FLOAT4: 1021, FLOAT8: 1022, OID: 1028,
            JSON: 199, TIMESTAMP: 1115, DATE: 1182, TIME: 1183, TIMESTAMPTZ: 1185, INTERVAL: 1187,
            NUMERIC: 1231, TIMETZ: 1270, BIT: 1561, VARBIT: 1563, UUID: 2951, JSONB: 3807}
# range: (subtype, range array, multirange, multirange array)
RANGES = {3904: (INT4, 3905, 4451, 6150), 3926: (INT8, 3927, 4536, 6157),
          3906: (NUMERIC, 3907, 4532, 6151), 3912: (DATE, 3913, 4535, 6155),
          3908: (TIMESTAMP, 3909, 4533, 6152), 3910: (TIMESTAMPTZ, 3911, 4534, 6153)}

# User types (UserOid in fuzz_binaryvalues.cpp).
MOOD, MOOD_ARRAY, POSINT, POSINT_ARRAY, SMALLPOSINT = 16384, 16385, 16386, 16387, 16388
PAIR, PAIR_ARRAY, POSINT_RANGE, POSINT_RANGE_ARRAY = 16389, 16390, 16391, 16392
POSINT_MULTIRANGE, POSINT_MULTIRANGE_ARRAY, LABEL, INTLIST = 16393, 16394, 16395, 16396
STAMP_RANGE, STAMP_MULTIRANGE = 16397, 16398

USECS_PER_DAY = 86400 * 1000000


def i16(v): return struct.pack(">h", v)
def u16(v): return struct.pack(">H", v)
def i32(v): return struct.pack(">i", v)
def u32(v): return struct.pack(">I", v)
def i64(v): return struct.pack(">q", v)


def item(value):
    """An array element, record column or range bound: length, then bytes (None: NULL)."""
    return i32(-1) if value is None else i32(len(value)) + value


def array(element_oid, values, dims=None, lower=None):
    dims = dims or [len(values)]
    lower = lower or [1] * len(dims)
    out = i32(len(dims)) + i32(1 if None in values else 0) + u32(element_oid)
    for size, low in zip(dims, lower):
        out += i32(size) + i32(low)
    return out + b"".join(item(v) for v in values)


def numeric(weight, sign, dscale, digits):
    return u16(len(digits)) + i16(weight) + u16(sign) + u16(dscale) + b"".join(i16(d) for d in digits)


def rng(lower, upper, lower_inc=True, upper_inc=False):
    """A range; None for an infinite bound."""
    flags = (0x02 if lower_inc and lower is not None else 0) | (0x04 if upper_inc and upper is not None else 0)
    flags |= (0x08 if lower is None else 0) | (0x10 if upper is None else 0)
    out = bytes([flags])
    if lower is not None:
        out += item(lower)
    if upper is not None:
        out += item(upper)
    return out


EMPTY_RANGE = bytes([0x01])


def multirange(ranges):
    return i32(len(ranges)) + b"".join(item(r) for r in ranges)


def record(columns):
    """columns: (type OID, bytes or None)."""
    return i32(len(columns)) + b"".join(u32(oid) + item(v) for oid, v in columns)


SCALARS = {
    BOOL: [b"\x01"],
    CHAR: [b"a", b"\xe9"],
    BIT: [i32(5) + b"\xa8"],
    VARBIT: [i32(10) + b"\xff\xc0"],
    INT2: [i16(-32768)],
    INT4: [i32(42)],
    INT8: [i64(-9000000000)],
    OID: [u32(4294967295)],
    FLOAT4: [struct.pack(">f", 1.5)],
    FLOAT8: [struct.pack(">d", 1e100), struct.pack(">d", float("nan"))],
    NUMERIC: [numeric(0, 0x0000, 2, [12, 3400]), numeric(-2, 0x4000, 8, [5]), numeric(0, 0xD000, 0, [])],
    TEXT: [b'a "b", {c}'],
    VARCHAR: ["héllo".encode()],
    BPCHAR: [b"ab  "],
    NAME: [b"pg_class"],
    JSON: [b'{"a": [1, 2]}'],
    JSONB: [b'\x01{"a": 1}'],
    BYTEA: [b"\x00\xde\xad"],
    UUID: [bytes(range(16))],
    DATE: [i32(8766), i32(-2451545), i32(2147483647)],
    TIME: [i64(45296789000)],
    TIMETZ: [i64(3600000000) + i32(-19800)],
    TIMESTAMP: [i64(1000000), i64(-9223372036854775808)],
    # 2024-06-01 in local time, and 1900 (local mean time in some zones).
    TIMESTAMPTZ: [i64(770515200000000), i64(-3155673600000000)],
    INTERVAL: [i64(3723000000) + i32(-3) + i32(14)],
}

BOUND_VALUES = {INT4: (i32(1), i32(10)), INT8: (i64(-5), i64(5)),
                NUMERIC: (numeric(0, 0, 1, [1, 5000]), numeric(1, 0, 0, [2])),
                DATE: (i32(0), i32(366)), TIMESTAMP: (i64(0), i64(USECS_PER_DAY)),
                TIMESTAMPTZ: (i64(0), i64(USECS_PER_DAY))}


def seeds():
    """(file name, type OID, zone index, value)."""
    for oid, values in SCALARS.items():
        for n, v in enumerate(values):
            yield f"scalar-{oid}-{n}", oid, n, v
    # Arrays: the first value and a NULL, and an empty one of each type.
    for oid, array_oid in ARRAY_OF.items():
        yield f"array-{array_oid}", array_oid, 1, array(oid, [SCALARS[oid][0], None])
        yield f"array-{array_oid}-empty", array_oid, 0, i32(0) + i32(0) + u32(oid)
    yield "array-int4-2d", ARRAY_OF[INT4], 0, array(INT4, [i32(v) for v in range(6)], [2, 3], [0, 1])
    yield "array-text-quoting", ARRAY_OF[TEXT], 0, array(TEXT, [b"NULL", b"", b'\\"', b"x y"])
    for range_oid, (subtype, range_array, multi, multi_array) in RANGES.items():
        low, high = BOUND_VALUES[subtype]
        yield f"range-{range_oid}", range_oid, 2, rng(low, high)
        yield f"range-{range_oid}-open", range_oid, 3, rng(None, high, upper_inc=True)
        yield f"range-{range_oid}-empty", range_oid, 0, EMPTY_RANGE
        yield f"rangearray-{range_array}", range_array, 4, array(range_oid, [rng(low, high), EMPTY_RANGE, None])
        yield f"multirange-{multi}", multi, 5, multirange([rng(None, low), rng(high, None)])
        yield f"multirange-{multi}-empty", multi, 0, multirange([])
        yield f"multirangearray-{multi_array}", multi_array, 6, array(multi, [multirange([rng(low, high)])])
    yield "user-enum", MOOD, 0, b"happy"
    yield "user-enum-array", MOOD_ARRAY, 0, array(MOOD, [b"sad", None, b"ok"])
    yield "user-domain", POSINT, 0, i32(7)
    yield "user-domain-array", POSINT_ARRAY, 0, array(POSINT, [i32(1), i32(2)])
    yield "user-domain-of-domain", SMALLPOSINT, 0, i32(3)
    yield "user-domain-text", LABEL, 0, b"a label"
    yield "user-domain-over-array", INTLIST, 0, array(INT4, [i32(9)])
    pair = record([(INT4, i32(1)), (TEXT, b"a b"), (TEXT, None), (TIMESTAMPTZ, i64(0)),
                   (MOOD, b"ok"), (PAIR, record([(BOOL, b"\x00")]))])
    yield "user-composite", PAIR, 7, pair
    yield "user-composite-array", PAIR_ARRAY, 2, array(PAIR, [pair, None, record([])])
    yield "user-range", POSINT_RANGE, 0, rng(i32(1), i32(5))
    yield "user-range-array", POSINT_RANGE_ARRAY, 0, array(POSINT_RANGE, [rng(i32(1), None), EMPTY_RANGE])
    yield "user-multirange", POSINT_MULTIRANGE, 0, multirange([rng(i32(1), i32(3)), rng(i32(5), i32(7))])
    yield "user-multirange-array", POSINT_MULTIRANGE_ARRAY, 0, array(
        POSINT_MULTIRANGE, [multirange([rng(i32(2), i32(4))])])
    yield "user-stamprange", STAMP_RANGE, 2, rng(i64(0), None)
    yield "user-stampmultirange", STAMP_MULTIRANGE, 2, multirange([rng(i64(0), i64(USECS_PER_DAY))])


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.bin"):
        if not old.name.startswith("crash-"):
            old.unlink()
    for name, oid, zone, value in seeds():
        (OUT / f"{name}.bin").write_bytes(u16(oid) + bytes([zone]) + value)


if __name__ == "__main__":
    main()
