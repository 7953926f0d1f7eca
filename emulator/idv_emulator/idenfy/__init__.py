"""iDenfy emulator: verification tokens, auto then manual results, dummyStatus, signed webhooks."""
