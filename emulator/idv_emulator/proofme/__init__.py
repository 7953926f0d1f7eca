"""Proofme emulator: identifications, the hosted MyPage, encrypted data, unsigned webhooks."""
