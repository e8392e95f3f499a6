#!/usr/bin/env python3
"""Writes the hostile and valid PNG corpus for tst_pngbadge (invalid/, valid/ and their expected.tsv).

Deterministic: rerunning it gives the same bytes. Every file is tiny except invalid/ztxt-bomb.png
(about 17 KB of zlib that inflates to 17 MiB, past the 16 MiB payload limit).
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SIG = b"\x89PNG\r\n\x1a\n"


def chunk(ctype, data, crc=None):
    if crc is None:
        crc = zlib.crc32(ctype + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", crc)


IHDR = chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))  # 2x2 grey, 8 bit
IDAT = chunk(b"IDAT", zlib.compress(b"\x00\x10\x20\x00\x30\x40", 9))
IEND = chunk(b"IEND", b"")
SOFTWARE = chunk(b"tEXt", b"Software\x00generate-corpus.py")


def png(*middle):
    return SIG + IHDR + b"".join(middle) + IDAT + IEND


def itxt(keyword, text, flag=0, method=0, lang=b"", translated=b""):
    return chunk(b"iTXt", keyword + b"\x00" + bytes([flag, method]) + lang + b"\x00" + translated + b"\x00" + text)


def write(folder, name, data):
    with open(os.path.join(HERE, folder, name), "wb") as f:
        f.write(data)


OB3_JSON = b'{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"]}'
OB2_URL = b"https://example.org/assertions/123.json"

invalid = []  # (file, code, message fragment)

write("invalid", "empty.png", b"")
invalid.append(("empty.png", "CorruptImage", "not a PNG"))
write("invalid", "bad-signature.png", b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + b"\x00" * 16)
invalid.append(("bad-signature.png", "CorruptImage", "not a PNG: the signature is 47 49 46 38 39 61 01 00"))
write("invalid", "signature-only.png", SIG)
invalid.append(("signature-only.png", "CorruptImage", "no IEND"))
good = png(SOFTWARE)
crc = bytearray(good)
idat_at = good.index(b"IDAT") - 4
crc[idat_at + 9] ^= 0x01  # a bit of compressed pixel data flipped, CRC left as it was
write("invalid", "crc-mismatch.png", bytes(crc))
invalid.append(("crc-mismatch.png", "CorruptImage", "CRC mismatch in chunk 'IDAT' at offset %d" % idat_at))
write("invalid", "truncated-chunk-header.png", good[: idat_at + 10])
invalid.append(("truncated-chunk-header.png", "CorruptImage", "a chunk at offset %d needs at least 12 bytes, 10 remain" % idat_at))
write("invalid", "truncated-chunk.png", good[: idat_at + 20])
invalid.append(("truncated-chunk.png", "CorruptImage", "chunk 'IDAT' at offset %d declares" % idat_at))
lying = bytearray(good)
lying[idat_at : idat_at + 4] = struct.pack(">I", 0x7FFFFFF0)
write("invalid", "lying-length.png", bytes(lying))
invalid.append(("lying-length.png", "CorruptImage", "declares 2147483632 data bytes"))
huge = bytearray(good)
huge[idat_at : idat_at + 4] = struct.pack(">I", 0xFFFFFFF0)
write("invalid", "length-over-png-limit.png", bytes(huge))
invalid.append(("length-over-png-limit.png", "CorruptImage", "over the PNG limit"))
write("invalid", "no-iend.png", SIG + IHDR + IDAT)
invalid.append(("no-iend.png", "CorruptImage", "no IEND"))
write("invalid", "first-chunk-not-ihdr.png", SIG + IDAT + IHDR + IEND)
invalid.append(("first-chunk-not-ihdr.png", "CorruptImage", "expected IHDR"))
write("invalid", "bad-chunk-type.png", SIG + IHDR + chunk(b"a\x00b1", b"x") + IDAT + IEND)
invalid.append(("bad-chunk-type.png", "CorruptImage", "invalid type"))
write("invalid", "ordinary.png", png(SOFTWARE))
invalid.append(("ordinary.png", "NotABadge", "keyword 'openbadgecredential' or 'openbadges'"))
write("invalid", "other-keyword.png", png(itxt(b"OpenBadges", OB2_URL), chunk(b"tEXt", b"openbadge\x00" + OB2_URL)))
invalid.append(("other-keyword.png", "NotABadge", "iTXt 'OpenBadges'"))
# 17 MiB of spaces: about 17 KB deflated, the ratio deflate allows at most.
bomb = zlib.compress(b" " * (17 * 1024 * 1024), 9)
write("invalid", "ztxt-bomb.png", png(chunk(b"zTXt", b"openbadges\x00\x00" + bomb)))
invalid.append(("ztxt-bomb.png", "PayloadTooLarge", "inflation stopped"))
write("invalid", "itxt-invalid-utf8.png", png(itxt(b"openbadgecredential", b'{"name":"caf\xe9 \xc3\x28"}')))
invalid.append(("itxt-invalid-utf8.png", "InvalidUtf8", "byte 0xe9 at offset 12"))
write("invalid", "itxt-overlong-utf8.png", png(itxt(b"openbadges", b'{"a":"\xc0\xaf"}')))
invalid.append(("itxt-overlong-utf8.png", "InvalidUtf8", "byte 0xc0"))
write("invalid", "itxt-compressed-invalid-utf8.png",
      png(itxt(b"openbadges", zlib.compress(b'{"a":"\xed\xa0\x80"}'), flag=1)))
invalid.append(("itxt-compressed-invalid-utf8.png", "InvalidUtf8", "inflated"))
write("invalid", "itxt-no-nul-after-language.png", png(chunk(b"iTXt", b"openbadges\x00\x00\x00en")))
invalid.append(("itxt-no-nul-after-language.png", "CorruptImage", "no NUL after the language tag"))
write("invalid", "itxt-bad-compression-flag.png", png(itxt(b"openbadges", OB3_JSON, flag=7)))
invalid.append(("itxt-bad-compression-flag.png", "CorruptImage", "compression flag 7"))
write("invalid", "itxt-empty.png", png(itxt(b"openbadgecredential", b"")))
invalid.append(("itxt-empty.png", "NotABadge", "empty"))
write("invalid", "ztxt-truncated-stream.png", png(chunk(b"zTXt", b"openbadges\x00\x00" + zlib.compress(OB3_JSON)[:-12])))
invalid.append(("ztxt-truncated-stream.png", "CorruptImage", "ends before its deflate stream"))
write("invalid", "ztxt-not-zlib.png", png(chunk(b"zTXt", b"openbadges\x00\x00" + b"not zlib at all")))
invalid.append(("ztxt-not-zlib.png", "CorruptImage", "not a valid zlib stream"))
write("invalid", "ztxt-unknown-method.png", png(chunk(b"zTXt", b"openbadges\x00\x05" + zlib.compress(OB2_URL))))
invalid.append(("ztxt-unknown-method.png", "CorruptImage", "unknown compression method 5"))

with open(os.path.join(HERE, "invalid", "expected.tsv"), "w") as f:
    f.write("# file\terror code\tfragment of the message\n")
    for row in invalid:
        f.write("\t".join(row) + "\n")

valid = []  # (file, marker, generation, compressed, first bytes of the payload)
write("valid", "itxt-compressed.png", png(itxt(b"openbadgecredential", zlib.compress(OB3_JSON, 9), flag=1)))
valid.append(("itxt-compressed.png", "iTXt openbadgecredential", "3", "1", OB3_JSON.decode()))
write("valid", "ztxt-openbadges.png", png(chunk(b"zTXt", b"openbadges\x00\x00" + zlib.compress(OB2_URL, 9))))
valid.append(("ztxt-openbadges.png", "zTXt openbadges", "2", "1", OB2_URL.decode()))
write("valid", "text-hosted-url.png", png(SOFTWARE, chunk(b"tEXt", b"openbadges\x00" + OB2_URL)))
valid.append(("text-hosted-url.png", "tEXt openbadges", "2", "0", OB2_URL.decode()))
write("valid", "itxt-language-tag.png", png(itxt(b"openbadges", OB2_URL, lang=b"en", translated=b"Open Badges")))
valid.append(("itxt-language-tag.png", "iTXt openbadges", "2", "0", OB2_URL.decode()))
# Two markers: the first in file order wins (the tEXt), the count is reported.
write("valid", "two-markers.png", png(chunk(b"tEXt", b"openbadges\x00" + OB2_URL), itxt(b"openbadgecredential", OB3_JSON)))
valid.append(("two-markers.png", "tEXt openbadges", "2", "0", OB2_URL.decode()))
write("valid", "after-idat-trailing-bytes.png",
      SIG + IHDR + IDAT + itxt(b"openbadgecredential", OB3_JSON) + IEND + b"trailing bytes after IEND")
valid.append(("after-idat-trailing-bytes.png", "iTXt openbadgecredential", "3", "0", OB3_JSON.decode()))

with open(os.path.join(HERE, "valid", "expected.tsv"), "w") as f:
    f.write("# file\tmarker\tgeneration\tcompressed\tpayload\n")
    for row in valid:
        f.write("\t".join(row) + "\n")
