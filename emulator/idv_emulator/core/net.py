"""The one loopback check: whether a host or URL points at this machine; and the one way an
origin (`scheme://host[:port]`) is spelled.

Used wherever the emulator must not call out (webhook deliveries with `webhook_hosts=loopback`)
and where providers accept plain http only to a local receiver (Solaris webhooks, iDenfy
`callbackUrl`).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost"})
DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_url(scheme: str, host: str, port: int | None) -> str:
    """`scheme://host[:port]`: an IPv6 host in brackets, the scheme's default port left out."""
    if ":" in host:
        host = f"[{host}]"
    if port is None or port == DEFAULT_PORTS.get(scheme):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


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
