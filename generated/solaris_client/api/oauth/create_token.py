from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.o_auth_error_response import OAuthErrorResponse
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
        "url": "/oauth2/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthErrorResponse | TokenResponse:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthErrorResponse.from_dict(response.json())

        return response_401

    response_default = OAuthErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthErrorResponse | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[OAuthErrorResponse | TokenResponse]:
    """Obtain an access token (OAuth2 client credentials)

     Exchanges the partner's client credentials for a bearer token (OAuth2 client
    credentials grant, RFC 6749 §4.4). Authenticate with HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`) and send a form body
    `grant_type=client_credentials&scope=partners`.

    This endpoint is served by the **authorization server**
    (`https://auth.solarisbank.de`, sandbox `https://auth.solaris-sandbox.de`), not by the
    API host, which is why the operation carries its own `servers`. Tokens live one hour
    (`expires_in` is 3599 seconds); send them on every `/v1` call as
    `Authorization: Bearer <access_token>`. An expired, invalid or missing token makes
    the API answer 401 (`invalid_token` / `token_required`): fetch a new one.

    With the generated client this function takes an `AuthenticatedClient` (the
    operation declares its own security): build it with
    `token=base64(client_id:client_secret)` and `prefix="Basic"` against the
    authorization server's base URL.

    Errors here use the authorization server's RFC 6749 §5.2 format
    (`{"error": "…", "error_description": "…"}`), **not** the API's `errors` array.

    Args:
        body (TokenRequest): Form body of the client-credentials token request
            (`application/x-www-form-urlencoded`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthErrorResponse | TokenResponse]
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
    client: AuthenticatedClient,
    body: TokenRequest,
) -> OAuthErrorResponse | TokenResponse | None:
    """Obtain an access token (OAuth2 client credentials)

     Exchanges the partner's client credentials for a bearer token (OAuth2 client
    credentials grant, RFC 6749 §4.4). Authenticate with HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`) and send a form body
    `grant_type=client_credentials&scope=partners`.

    This endpoint is served by the **authorization server**
    (`https://auth.solarisbank.de`, sandbox `https://auth.solaris-sandbox.de`), not by the
    API host, which is why the operation carries its own `servers`. Tokens live one hour
    (`expires_in` is 3599 seconds); send them on every `/v1` call as
    `Authorization: Bearer <access_token>`. An expired, invalid or missing token makes
    the API answer 401 (`invalid_token` / `token_required`): fetch a new one.

    With the generated client this function takes an `AuthenticatedClient` (the
    operation declares its own security): build it with
    `token=base64(client_id:client_secret)` and `prefix="Basic"` against the
    authorization server's base URL.

    Errors here use the authorization server's RFC 6749 §5.2 format
    (`{"error": "…", "error_description": "…"}`), **not** the API's `errors` array.

    Args:
        body (TokenRequest): Form body of the client-credentials token request
            (`application/x-www-form-urlencoded`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[OAuthErrorResponse | TokenResponse]:
    """Obtain an access token (OAuth2 client credentials)

     Exchanges the partner's client credentials for a bearer token (OAuth2 client
    credentials grant, RFC 6749 §4.4). Authenticate with HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`) and send a form body
    `grant_type=client_credentials&scope=partners`.

    This endpoint is served by the **authorization server**
    (`https://auth.solarisbank.de`, sandbox `https://auth.solaris-sandbox.de`), not by the
    API host, which is why the operation carries its own `servers`. Tokens live one hour
    (`expires_in` is 3599 seconds); send them on every `/v1` call as
    `Authorization: Bearer <access_token>`. An expired, invalid or missing token makes
    the API answer 401 (`invalid_token` / `token_required`): fetch a new one.

    With the generated client this function takes an `AuthenticatedClient` (the
    operation declares its own security): build it with
    `token=base64(client_id:client_secret)` and `prefix="Basic"` against the
    authorization server's base URL.

    Errors here use the authorization server's RFC 6749 §5.2 format
    (`{"error": "…", "error_description": "…"}`), **not** the API's `errors` array.

    Args:
        body (TokenRequest): Form body of the client-credentials token request
            (`application/x-www-form-urlencoded`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> OAuthErrorResponse | TokenResponse | None:
    """Obtain an access token (OAuth2 client credentials)

     Exchanges the partner's client credentials for a bearer token (OAuth2 client
    credentials grant, RFC 6749 §4.4). Authenticate with HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`) and send a form body
    `grant_type=client_credentials&scope=partners`.

    This endpoint is served by the **authorization server**
    (`https://auth.solarisbank.de`, sandbox `https://auth.solaris-sandbox.de`), not by the
    API host, which is why the operation carries its own `servers`. Tokens live one hour
    (`expires_in` is 3599 seconds); send them on every `/v1` call as
    `Authorization: Bearer <access_token>`. An expired, invalid or missing token makes
    the API answer 401 (`invalid_token` / `token_required`): fetch a new one.

    With the generated client this function takes an `AuthenticatedClient` (the
    operation declares its own security): build it with
    `token=base64(client_id:client_secret)` and `prefix="Basic"` against the
    authorization server's base URL.

    Errors here use the authorization server's RFC 6749 §5.2 format
    (`{"error": "…", "error_description": "…"}`), **not** the API's `errors` array.

    Args:
        body (TokenRequest): Form body of the client-credentials token request
            (`application/x-www-form-urlencoded`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
