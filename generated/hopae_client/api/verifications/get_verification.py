from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.verification_metadata import VerificationMetadata
from ...types import Response


def _get_kwargs(
    verification_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/verifications/{verification_id}".format(
            verification_id=quote(str(verification_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerificationMetadata:
    if response.status_code == 200:
        response_200 = VerificationMetadata.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VerificationMetadata]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VerificationMetadata]:
    """Get verification

     Returns the status metadata of a verification — no personal data (read that from
    `/userinfo` once the status is `completed`).

    Poll this until the status is terminal (`completed`, `failed`, `expired`,
    `cancelled`). Once the current time passes `expiresAt` the verification reads
    `expired`. If the Level of Assurance finally achieved is lower than the
    `requestedLoa`, the verification ends `failed`. `verifiedAt`, `acr`, `hopae_loa` and
    `hopae_loa_label` are filled when the verification is completed; a failed one carries
    `failedAt` and `error`, a cancelled one `cancelledAt`.

    The answer may follow either schema generation of the official file: the legacy one
    (with `authorizationCode` and `verifiedAttributes` once completed) or the Dto one
    (with `referenceId`, `flowDetails`, `action`, `links`, …); the schema holds both.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerificationMetadata]
    """

    kwargs = _get_kwargs(
        verification_id=verification_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VerificationMetadata | None:
    """Get verification

     Returns the status metadata of a verification — no personal data (read that from
    `/userinfo` once the status is `completed`).

    Poll this until the status is terminal (`completed`, `failed`, `expired`,
    `cancelled`). Once the current time passes `expiresAt` the verification reads
    `expired`. If the Level of Assurance finally achieved is lower than the
    `requestedLoa`, the verification ends `failed`. `verifiedAt`, `acr`, `hopae_loa` and
    `hopae_loa_label` are filled when the verification is completed; a failed one carries
    `failedAt` and `error`, a cancelled one `cancelledAt`.

    The answer may follow either schema generation of the official file: the legacy one
    (with `authorizationCode` and `verifiedAttributes` once completed) or the Dto one
    (with `referenceId`, `flowDetails`, `action`, `links`, …); the schema holds both.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerificationMetadata
    """

    return sync_detailed(
        verification_id=verification_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VerificationMetadata]:
    """Get verification

     Returns the status metadata of a verification — no personal data (read that from
    `/userinfo` once the status is `completed`).

    Poll this until the status is terminal (`completed`, `failed`, `expired`,
    `cancelled`). Once the current time passes `expiresAt` the verification reads
    `expired`. If the Level of Assurance finally achieved is lower than the
    `requestedLoa`, the verification ends `failed`. `verifiedAt`, `acr`, `hopae_loa` and
    `hopae_loa_label` are filled when the verification is completed; a failed one carries
    `failedAt` and `error`, a cancelled one `cancelledAt`.

    The answer may follow either schema generation of the official file: the legacy one
    (with `authorizationCode` and `verifiedAttributes` once completed) or the Dto one
    (with `referenceId`, `flowDetails`, `action`, `links`, …); the schema holds both.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerificationMetadata]
    """

    kwargs = _get_kwargs(
        verification_id=verification_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VerificationMetadata | None:
    """Get verification

     Returns the status metadata of a verification — no personal data (read that from
    `/userinfo` once the status is `completed`).

    Poll this until the status is terminal (`completed`, `failed`, `expired`,
    `cancelled`). Once the current time passes `expiresAt` the verification reads
    `expired`. If the Level of Assurance finally achieved is lower than the
    `requestedLoa`, the verification ends `failed`. `verifiedAt`, `acr`, `hopae_loa` and
    `hopae_loa_label` are filled when the verification is completed; a failed one carries
    `failedAt` and `error`, a cancelled one `cancelledAt`.

    The answer may follow either schema generation of the official file: the legacy one
    (with `authorizationCode` and `verifiedAttributes` once completed) or the Dto one
    (with `referenceId`, `flowDetails`, `action`, `links`, …); the schema holds both.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerificationMetadata
    """

    return (
        await asyncio_detailed(
            verification_id=verification_id,
            client=client,
        )
    ).parsed
