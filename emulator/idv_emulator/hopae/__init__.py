"""Hopae Connect emulator: verifications across eID providers, userinfo, signed webhooks."""
