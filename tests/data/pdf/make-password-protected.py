#!/usr/bin/env python3
"""Writes invalid/password-protected.pdf: one page that opens only with the user password "secret".

PDF 1.4 standard security handler, revision 2 (RC4, 40-bit key), computed here with the algorithms of
ISO 32000-1 section 7.6.3 so that no PDF tool is needed to remake it.
"""
import hashlib
import os

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def padded(password):
    return (password + PAD)[:32]


user, owner = b"secret", b"owner-secret"
permissions = -4  # everything allowed; only opening needs the password
file_id = hashlib.md5(b"pathfolio password-protected test file").digest()
o_value = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))
key = hashlib.md5(padded(user) + o_value + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
u_value = rc4(key, PAD)


def object_key(number):
    return hashlib.md5(key + number.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]


content = rc4(object_key(4), b"BT /F1 24 Tf 72 720 Td (This page needs a password) Tj ET")
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 6 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <" + u_value.hex().encode()
    + b"> /P %d >>" % permissions,
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    out += b"%010d 00000 n \n" % offset
out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, file_id.hex().encode(), file_id.hex().encode(), xref))
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "invalid", "password-protected.pdf"), "wb") as f:
    f.write(out)
