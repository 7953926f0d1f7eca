from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.revoke_result import RevokeResult
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/identification/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RevokeResult:
    if response.status_code == 200:
        response_200 = RevokeResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RevokeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RevokeResult]:
    """Revoke identification

     Revoke an identification: its status becomes `REVOKED` and the customer can no
    longer complete it. The identification itself is not deleted and can still be
    fetched. Revoking an identification that is no longer `PENDING` (already `REVOKED`,
    or finished as `SUCCESS` / `FAILED`) answers 409 (our choice for the documented 409
    code; Proofme does not say which condition triggers it).

    Args:
        id (UUID):  Example: 32daaa56-377f-4db9-acd7-fae2e327421e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RevokeResult]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RevokeResult | None:
    """Revoke identification

     Revoke an identification: its status becomes `REVOKED` and the customer can no
    longer complete it. The identification itself is not deleted and can still be
    fetched. Revoking an identification that is no longer `PENDING` (already `REVOKED`,
    or finished as `SUCCESS` / `FAILED`) answers 409 (our choice for the documented 409
    code; Proofme does not say which condition triggers it).

    Args:
        id (UUID):  Example: 32daaa56-377f-4db9-acd7-fae2e327421e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RevokeResult
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RevokeResult]:
    """Revoke identification

     Revoke an identification: its status becomes `REVOKED` and the customer can no
    longer complete it. The identification itself is not deleted and can still be
    fetched. Revoking an identification that is no longer `PENDING` (already `REVOKED`,
    or finished as `SUCCESS` / `FAILED`) answers 409 (our choice for the documented 409
    code; Proofme does not say which condition triggers it).

    Args:
        id (UUID):  Example: 32daaa56-377f-4db9-acd7-fae2e327421e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RevokeResult]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RevokeResult | None:
    """Revoke identification

     Revoke an identification: its status becomes `REVOKED` and the customer can no
    longer complete it. The identification itself is not deleted and can still be
    fetched. Revoking an identification that is no longer `PENDING` (already `REVOKED`,
    or finished as `SUCCESS` / `FAILED`) answers 409 (our choice for the documented 409
    code; Proofme does not say which condition triggers it).

    Args:
        id (UUID):  Example: 32daaa56-377f-4db9-acd7-fae2e327421e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RevokeResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
