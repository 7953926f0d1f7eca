"""Shared machinery of the provider overlays (private: import from `idv` or `idv.<provider>`)."""
