"""Random bytes in the shapes Proofme's sealed data has: the AES-GCM record and the OpenPGP
message that carries its key (the emulator has no real keys; clients only pass them on)."""

from __future__ import annotations

import base64

from ..core.ids import Ids


def _random(ids: Ids, size: int) -> bytes:
    return bytes.fromhex(ids.hex(size * 2))


def encrypted_data(ids: Ids) -> str:
    """12-byte IV + AES-GCM ciphertext + 16-byte tag, base64 (random bytes of that shape)."""
    return base64.b64encode(_random(ids, 12 + 384 + 16)).decode()


def armoured_secret(ids: Ids) -> str:
    """An ASCII-armoured OpenPGP message of the shape `gpg --encrypt` writes for a 32-byte key:
    a public-key encrypted session key packet (RSA-2048) then an encrypted data packet."""
    pkesk = b"\xc1\xc0\x4c\x03" + _random(ids, 8) + b"\x01\x08\x00" + _random(ids, 256)
    seipd = b"\xd2\x54\x01" + _random(ids, 83)
    packets = pkesk + seipd
    text = base64.b64encode(packets).decode()
    lines = "\n".join(text[n : n + 64] for n in range(0, len(text), 64))
    checksum = base64.b64encode(_crc24(packets).to_bytes(3, "big")).decode()
    return f"-----BEGIN PGP MESSAGE-----\n\n{lines}\n={checksum}\n-----END PGP MESSAGE-----\n"


def _crc24(data: bytes) -> int:
    """The OpenPGP armour checksum (RFC 4880, 6.1)."""
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF
