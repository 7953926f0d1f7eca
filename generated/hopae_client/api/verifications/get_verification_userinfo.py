from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_info import UserInfo
from ...types import Response


def _get_kwargs(
    verification_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connect/v1/verifications/{verification_id}/userinfo".format(
            verification_id=quote(str(verification_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | UserInfo:
    if response.status_code == 200:
        response_200 = UserInfo.from_dict(response.json())

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
) -> Response[ErrorResponse | UserInfo]:
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
) -> Response[ErrorResponse | UserInfo]:
    """Get verified user info

     Returns the verified identity of a `completed` verification, shaped by its
    `verification_model`:
    - `disclosure`: the normalized claims under `user`; requested claims the provider
      could not supply are listed in `missing_claims`.
    - `match`: `user` is `null` and `match` carries the comparison of the submitted
      `matchData` against the authoritative source.

    Any other status answers `400` with code `verification_not_completed` and the current
    status in `error.details`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserInfo]
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
) -> ErrorResponse | UserInfo | None:
    """Get verified user info

     Returns the verified identity of a `completed` verification, shaped by its
    `verification_model`:
    - `disclosure`: the normalized claims under `user`; requested claims the provider
      could not supply are listed in `missing_claims`.
    - `match`: `user` is `null` and `match` carries the comparison of the submitted
      `matchData` against the authoritative source.

    Any other status answers `400` with code `verification_not_completed` and the current
    status in `error.details`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserInfo
    """

    return sync_detailed(
        verification_id=verification_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | UserInfo]:
    """Get verified user info

     Returns the verified identity of a `completed` verification, shaped by its
    `verification_model`:
    - `disclosure`: the normalized claims under `user`; requested claims the provider
      could not supply are listed in `missing_claims`.
    - `match`: `user` is `null` and `match` carries the comparison of the submitted
      `matchData` against the authoritative source.

    Any other status answers `400` with code `verification_not_completed` and the current
    status in `error.details`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserInfo]
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
) -> ErrorResponse | UserInfo | None:
    """Get verified user info

     Returns the verified identity of a `completed` verification, shaped by its
    `verification_model`:
    - `disclosure`: the normalized claims under `user`; requested claims the provider
      could not supply are listed in `missing_claims`.
    - `match`: `user` is `null` and `match` carries the comparison of the submitted
      `matchData` against the authoritative source.

    Any other status answers `400` with code `verification_not_completed` and the current
    status in `error.details`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserInfo
    """

    return (
        await asyncio_detailed(
            verification_id=verification_id,
            client=client,
        )
    ).parsed
