"""A client library for accessing iDenfy Identity Verification API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
