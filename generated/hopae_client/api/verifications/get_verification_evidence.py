from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.verification_evidence import VerificationEvidence
from ...types import Response


def _get_kwargs(
    verification_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/verifications/{verification_id}/evidence".format(
            verification_id=quote(str(verification_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerificationEvidence:
    if response.status_code == 200:
        response_200 = VerificationEvidence.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[ErrorResponse | VerificationEvidence]:
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
) -> Response[ErrorResponse | VerificationEvidence]:
    """Get verification evidence

     Returns the evidence captured when the user authenticated (what the eID provider
    presented), for audit. Available once the verification is `completed`; before that,
    or when no evidence was captured, the answer is `400` with code
    `evidence_not_available` and the current status in `error.details`.

    The official file gives the `200` neither a schema nor a content type; it is modelled
    as an open JSON object whose keys depend on the eID provider.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerificationEvidence]
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
) -> ErrorResponse | VerificationEvidence | None:
    """Get verification evidence

     Returns the evidence captured when the user authenticated (what the eID provider
    presented), for audit. Available once the verification is `completed`; before that,
    or when no evidence was captured, the answer is `400` with code
    `evidence_not_available` and the current status in `error.details`.

    The official file gives the `200` neither a schema nor a content type; it is modelled
    as an open JSON object whose keys depend on the eID provider.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerificationEvidence
    """

    return sync_detailed(
        verification_id=verification_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VerificationEvidence]:
    """Get verification evidence

     Returns the evidence captured when the user authenticated (what the eID provider
    presented), for audit. Available once the verification is `completed`; before that,
    or when no evidence was captured, the answer is `400` with code
    `evidence_not_available` and the current status in `error.details`.

    The official file gives the `200` neither a schema nor a content type; it is modelled
    as an open JSON object whose keys depend on the eID provider.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerificationEvidence]
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
) -> ErrorResponse | VerificationEvidence | None:
    """Get verification evidence

     Returns the evidence captured when the user authenticated (what the eID provider
    presented), for audit. Available once the verification is `completed`; before that,
    or when no evidence was captured, the answer is `400` with code
    `evidence_not_available` and the current status in `error.details`.

    The official file gives the `200` neither a schema nor a content type; it is modelled
    as an open JSON object whose keys depend on the eID provider.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerificationEvidence
    """

    return (
        await asyncio_detailed(
            verification_id=verification_id,
            client=client,
        )
    ).parsed
