"""The one loopback check: whether a host or URL points at this machine.

Used wherever the emulator must not call out (webhook deliveries with `webhook_hosts=loopback`)
and where providers accept plain http only to a local receiver (Solaris webhooks, iDenfy
`callbackUrl`).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 or `localhost`."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """Whether `url`'s host is a loopback host; False for a URL that does not parse."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    return is_loopback_host(host)
