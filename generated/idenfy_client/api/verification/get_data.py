from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.data_response import DataResponse
from ...models.scan_ref_request import ScanRefRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ScanRefRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/data",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | DataResponse:
    if response.status_code == 200:
        response_200 = DataResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    response_default = ApiError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Response[ApiError | DataResponse]:
    """Get the document data of a verification

     Returns the data read from the client's document during the verification identified
    by `scanRef`. Fields are `null` until the document has been processed, and stay
    `null` where the document carries no such field.

    Args:
        body (ScanRefRequest): Identifies a verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataResponse]
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
    body: ScanRefRequest,
) -> ApiError | DataResponse | None:
    """Get the document data of a verification

     Returns the data read from the client's document during the verification identified
    by `scanRef`. Fields are `null` until the document has been processed, and stay
    `null` where the document carries no such field.

    Args:
        body (ScanRefRequest): Identifies a verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> Response[ApiError | DataResponse]:
    """Get the document data of a verification

     Returns the data read from the client's document during the verification identified
    by `scanRef`. Fields are `null` until the document has been processed, and stay
    `null` where the document carries no such field.

    Args:
        body (ScanRefRequest): Identifies a verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ScanRefRequest,
) -> ApiError | DataResponse | None:
    """Get the document data of a verification

     Returns the data read from the client's document during the verification identified
    by `scanRef`. Fields are `null` until the document has been processed, and stay
    `null` where the document carries no such field.

    Args:
        body (ScanRefRequest): Identifies a verification by its `scanRef`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
