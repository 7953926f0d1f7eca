from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.token_error_response import TokenErrorResponse
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connect/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenErrorResponse | TokenResponse:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TokenErrorResponse.from_dict(response.json())

        return response_401

    response_default = TokenErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenErrorResponse | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenErrorResponse | TokenResponse]:
    """Exchange code for token

     OAuth 2.0 authorization-code grant: exchanges the `authorizationCode` of a completed
    verification for an ID token (a JWT carrying the verified claims). No HTTP
    authentication (`security: []`); the client authenticates with `client_id` and
    `client_secret` in the body. A code works once.

    The official file's path is `/token` on the server `…/connect`, hence
    `/connect/token`.

    Errors are OAuth 2.0 error bodies (`{"error": "invalid_grant", "error_description":
    …}`, RFC 6749 §5.2): `400` for a missing or malformed parameter (`invalid_request`),
    another `grant_type` (`unsupported_grant_type`) or an unknown, used or expired code
    (`invalid_grant`); `401` for wrong client credentials (`invalid_client`). The official
    file documents `400` and `401` without bodies and words `401` as "invalid code or
    client credentials"; we follow RFC 6749 (a bad code is `invalid_grant`, `400`), so a
    client should treat both statuses as a failed exchange. Other errors (`429`, `5xx`)
    may come in Hopae's usual envelope, which the same schema accepts.

    Args:
        body (TokenRequest): Body of `exchange_code_for_token` (official `TokenRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenErrorResponse | TokenResponse]
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
    body: TokenRequest,
) -> TokenErrorResponse | TokenResponse | None:
    """Exchange code for token

     OAuth 2.0 authorization-code grant: exchanges the `authorizationCode` of a completed
    verification for an ID token (a JWT carrying the verified claims). No HTTP
    authentication (`security: []`); the client authenticates with `client_id` and
    `client_secret` in the body. A code works once.

    The official file's path is `/token` on the server `…/connect`, hence
    `/connect/token`.

    Errors are OAuth 2.0 error bodies (`{"error": "invalid_grant", "error_description":
    …}`, RFC 6749 §5.2): `400` for a missing or malformed parameter (`invalid_request`),
    another `grant_type` (`unsupported_grant_type`) or an unknown, used or expired code
    (`invalid_grant`); `401` for wrong client credentials (`invalid_client`). The official
    file documents `400` and `401` without bodies and words `401` as "invalid code or
    client credentials"; we follow RFC 6749 (a bad code is `invalid_grant`, `400`), so a
    client should treat both statuses as a failed exchange. Other errors (`429`, `5xx`)
    may come in Hopae's usual envelope, which the same schema accepts.

    Args:
        body (TokenRequest): Body of `exchange_code_for_token` (official `TokenRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenErrorResponse | TokenResponse]:
    """Exchange code for token

     OAuth 2.0 authorization-code grant: exchanges the `authorizationCode` of a completed
    verification for an ID token (a JWT carrying the verified claims). No HTTP
    authentication (`security: []`); the client authenticates with `client_id` and
    `client_secret` in the body. A code works once.

    The official file's path is `/token` on the server `…/connect`, hence
    `/connect/token`.

    Errors are OAuth 2.0 error bodies (`{"error": "invalid_grant", "error_description":
    …}`, RFC 6749 §5.2): `400` for a missing or malformed parameter (`invalid_request`),
    another `grant_type` (`unsupported_grant_type`) or an unknown, used or expired code
    (`invalid_grant`); `401` for wrong client credentials (`invalid_client`). The official
    file documents `400` and `401` without bodies and words `401` as "invalid code or
    client credentials"; we follow RFC 6749 (a bad code is `invalid_grant`, `400`), so a
    client should treat both statuses as a failed exchange. Other errors (`429`, `5xx`)
    may come in Hopae's usual envelope, which the same schema accepts.

    Args:
        body (TokenRequest): Body of `exchange_code_for_token` (official `TokenRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> TokenErrorResponse | TokenResponse | None:
    """Exchange code for token

     OAuth 2.0 authorization-code grant: exchanges the `authorizationCode` of a completed
    verification for an ID token (a JWT carrying the verified claims). No HTTP
    authentication (`security: []`); the client authenticates with `client_id` and
    `client_secret` in the body. A code works once.

    The official file's path is `/token` on the server `…/connect`, hence
    `/connect/token`.

    Errors are OAuth 2.0 error bodies (`{"error": "invalid_grant", "error_description":
    …}`, RFC 6749 §5.2): `400` for a missing or malformed parameter (`invalid_request`),
    another `grant_type` (`unsupported_grant_type`) or an unknown, used or expired code
    (`invalid_grant`); `401` for wrong client credentials (`invalid_client`). The official
    file documents `400` and `401` without bodies and words `401` as "invalid code or
    client credentials"; we follow RFC 6749 (a bad code is `invalid_grant`, `400`), so a
    client should treat both statuses as a failed exchange. Other errors (`429`, `5xx`)
    may come in Hopae's usual envelope, which the same schema accepts.

    Args:
        body (TokenRequest): Body of `exchange_code_for_token` (official `TokenRequest`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
