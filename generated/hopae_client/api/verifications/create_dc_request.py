from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dc_request import DcRequest
from ...models.dc_request_response import DcRequestResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DcRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connect/v1/verifications/dc-request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DcRequestResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DcRequestResponse.from_dict(response.json())

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
) -> Response[DcRequestResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DcRequest,
) -> Response[DcRequestResponse | ErrorResponse]:
    """Create digital-credential request

     For a verification created with `flowType` `dc`, creates the deferred wallet session
    at the moment the QR code is about to be shown, and returns the Digital Credentials
    request (`requestBase64`) to hand to the wallet, with the session's id.

    Errors: `400` when the verification does not use the `dc` flow or is no longer open,
    `404` when it does not exist. The official file documents these statuses without
    bodies or codes; the error envelope is the one of the other endpoints (the emulator
    answers `invalid_flow_type`, `verification_not_pending` and `verification_not_found`,
    codes of its own choosing).

    Args:
        body (DcRequest): Body of `create_dc_request` (official `DcRequestDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DcRequestResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DcRequest,
) -> DcRequestResponse | ErrorResponse | None:
    """Create digital-credential request

     For a verification created with `flowType` `dc`, creates the deferred wallet session
    at the moment the QR code is about to be shown, and returns the Digital Credentials
    request (`requestBase64`) to hand to the wallet, with the session's id.

    Errors: `400` when the verification does not use the `dc` flow or is no longer open,
    `404` when it does not exist. The official file documents these statuses without
    bodies or codes; the error envelope is the one of the other endpoints (the emulator
    answers `invalid_flow_type`, `verification_not_pending` and `verification_not_found`,
    codes of its own choosing).

    Args:
        body (DcRequest): Body of `create_dc_request` (official `DcRequestDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DcRequestResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DcRequest,
) -> Response[DcRequestResponse | ErrorResponse]:
    """Create digital-credential request

     For a verification created with `flowType` `dc`, creates the deferred wallet session
    at the moment the QR code is about to be shown, and returns the Digital Credentials
    request (`requestBase64`) to hand to the wallet, with the session's id.

    Errors: `400` when the verification does not use the `dc` flow or is no longer open,
    `404` when it does not exist. The official file documents these statuses without
    bodies or codes; the error envelope is the one of the other endpoints (the emulator
    answers `invalid_flow_type`, `verification_not_pending` and `verification_not_found`,
    codes of its own choosing).

    Args:
        body (DcRequest): Body of `create_dc_request` (official `DcRequestDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DcRequestResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DcRequest,
) -> DcRequestResponse | ErrorResponse | None:
    """Create digital-credential request

     For a verification created with `flowType` `dc`, creates the deferred wallet session
    at the moment the QR code is about to be shown, and returns the Digital Credentials
    request (`requestBase64`) to hand to the wallet, with the session's id.

    Errors: `400` when the verification does not use the `dc` flow or is no longer open,
    `404` when it does not exist. The official file documents these statuses without
    bodies or codes; the error envelope is the one of the other endpoints (the emulator
    answers `invalid_flow_type`, `verification_not_pending` and `verification_not_found`,
    codes of its own choosing).

    Args:
        body (DcRequest): Body of `create_dc_request` (official `DcRequestDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DcRequestResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
