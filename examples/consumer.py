"""A small typed app using the four generated clients directly, one operation per provider.

`make typecheck` runs `mypy --strict` over this file: it is how we know the generated
packages are usable from typed code, not only that they type-check on their own. Run it
against the emulator:

    idv-emulator serve &          # or: make emulator
    python examples/consumer.py http://127.0.0.1:8040

The overlays (`idv`) add auth, retries and typed errors on top; this file shows the layer
below, with the sandbox credentials the emulator accepts by default.
"""

from __future__ import annotations

import sys

import httpx

from hopae_client import AuthenticatedClient as HopaeClient
from hopae_client.api.providers import list_providers
from hopae_client.models import Provider
from idenfy_client import AuthenticatedClient as IdenfyClient
from idenfy_client.api.token import create_token as idenfy_create_token
from idenfy_client.models import TokenRequest, TokenResponse
from proofme_client import AuthenticatedClient as ProofmeClient
from proofme_client.api.identification import list_identifications
from proofme_client.models import IdentificationList
from solaris_client import AuthenticatedClient as SolarisClient
from solaris_client.api.oauth import create_token as solaris_create_token
from solaris_client.models import GrantType
from solaris_client.models import TokenRequest as SolarisTokenRequest
from solaris_client.models import TokenResponse as SolarisToken


def main(base: str) -> list[str]:
    lines: list[str] = []

    proofme = ProofmeClient(base_url=f"{base}/proofme", token="proofme_test_key", prefix="")
    listed = list_identifications.sync(client=proofme)
    assert isinstance(listed, IdentificationList), listed
    lines.append(f"proofme: {listed.count} identifications")

    solaris = SolarisClient(
        base_url=f"{base}/solaris",
        token="",
        prefix="",
        httpx_args={"auth": httpx.BasicAuth("solaris-client", "solaris-secret")},
    )
    token = solaris_create_token.sync(client=solaris, body=SolarisTokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS))
    assert isinstance(token, SolarisToken), token
    lines.append(f"solaris: token expires in {token.expires_in} s")

    hopae = HopaeClient(
        base_url=f"{base}/hopae",
        token="",
        prefix="",
        httpx_args={"auth": httpx.BasicAuth("hopae-client", "hopae-secret")},
    )
    providers = list_providers.sync(client=hopae)
    assert isinstance(providers, list), providers
    names: list[str] = [p.id for p in providers if isinstance(p, Provider) and isinstance(p.id, str)]
    lines.append(f"hopae: {len(names)} eID providers")

    idenfy = IdenfyClient(
        base_url=f"{base}/idenfy",
        token="",
        prefix="",
        httpx_args={"auth": httpx.BasicAuth("idenfy-key", "idenfy-secret")},
    )
    created = idenfy_create_token.sync(client=idenfy, body=TokenRequest.from_dict({"clientId": "consumer-1"}))
    assert isinstance(created, TokenResponse), created
    lines.append(f"idenfy: scanRef {created.scan_ref}")
    return lines


if __name__ == "__main__":
    for line in main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8040"):
        print(line)
