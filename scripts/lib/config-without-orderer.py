#!/usr/bin/env python3
"""Reads a channel's config block and writes its configuration (a common.Config) without the
Orderer group, for scripts/add-member.sh.

Why: the pinned Fabric's configtxlator cannot decode the BFT orderer's ConsensusType metadata to
JSON (it knows Raft's), so the whole config block does not decode. An update that adds an
application org changes nothing under /Channel/Orderer, and `configtxlator compute_update` puts
into the update only the groups that differ: leaving the Orderer group out of both the original
and the modified configuration gives the same update, which the orderers apply to the full
configuration they hold.

Only the protobuf wire format is read (no generated classes): the few nested messages on the
way are walked by field number, and everything else is copied byte for byte.

Usage: config-without-orderer.py CONFIG_BLOCK OUTPUT
"""
import sys


def varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def encode_varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def fields(buf):
    """Yields (field number, wire type, value, raw bytes of the whole field)."""
    i = 0
    while i < len(buf):
        start = i
        key, i = varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(buf, i)
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 2:
            length, i = varint(buf, i)
            value, i = buf[i:i + length], i + length
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        else:
            raise ValueError("unsupported wire type %d" % wire)
        yield number, wire, value, buf[start:i]


def field(buf, number):
    for n, wire, value, _ in fields(buf):
        if n == number and wire == 2:
            return value
    raise ValueError("field %d missing" % number)


def length_delimited(number, value):
    return encode_varint(number << 3 | 2) + encode_varint(len(value)) + value


def without_group(group, name):
    """A ConfigGroup's bytes without the entry `name` of its groups map (field 2)."""
    out = bytearray()
    for n, wire, value, raw in fields(group):
        if n == 2 and wire == 2 and field(value, 1).decode() == name:
            continue
        out += raw
    return bytes(out)


def main():
    block_file, output = sys.argv[1], sys.argv[2]
    block = open(block_file, "rb").read()
    envelope = field(field(block, 2), 1)        # Block.data -> BlockData.data[0]
    payload = field(envelope, 1)                # Envelope.payload
    config = field(field(payload, 2), 1)        # Payload.data (ConfigEnvelope) -> config
    out = bytearray()
    for n, wire, value, raw in fields(config):  # Config: 1 sequence, 2 channel_group
        out += length_delimited(2, without_group(value, "Orderer")) if n == 2 and wire == 2 else raw
    open(output, "wb").write(bytes(out))


if __name__ == "__main__":
    main()
