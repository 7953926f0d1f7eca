from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    verification_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/connect/v1/verifications/{verification_id}".format(
            verification_id=quote(str(verification_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
) -> Response[Any | ErrorResponse]:
    """Cancel verification

     Cancels a verification that is still in progress; its status becomes `cancelled`.

    A verification that is already in a terminal status (`completed`, `failed`,
    `expired`, `cancelled`) cannot be cancelled: `400`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Cancel verification

     Cancels a verification that is still in progress; its status becomes `cancelled`.

    A verification that is already in a terminal status (`completed`, `failed`,
    `expired`, `cancelled`) cannot be cancelled: `400`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        verification_id=verification_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    verification_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Cancel verification

     Cancels a verification that is still in progress; its status becomes `cancelled`.

    A verification that is already in a terminal status (`completed`, `failed`,
    `expired`, `cancelled`) cannot be cancelled: `400`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
) -> Any | ErrorResponse | None:
    """Cancel verification

     Cancels a verification that is still in progress; its status becomes `cancelled`.

    A verification that is already in a terminal status (`completed`, `failed`,
    `expired`, `cancelled`) cannot be cancelled: `400`.

    Args:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            verification_id=verification_id,
            client=client,
        )
    ).parsed
