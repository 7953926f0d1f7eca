"""Solaris KYC emulator: OAuth2 tokens, persons, identification sessions, identifications, webhooks."""
