from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.request_information_request import RequestInformationRequest
from ...models.request_information_response import RequestInformationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    scan_ref: str,
    *,
    body: RequestInformationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/kyc/identifications/{scan_ref}/request-information/".format(
            scan_ref=quote(str(scan_ref), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | RequestInformationResponse:
    if response.status_code == 200:
        response_200 = RequestInformationResponse.from_dict(response.json())

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
) -> Response[ApiError | RequestInformationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scan_ref: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestInformationRequest | Unset = UNSET,
) -> Response[ApiError | RequestInformationResponse]:
    """Reopen a verification to ask the client for more information

     Reopens a finished verification and returns a new session link (`sessionUrl`) and
    token (`tokenString`) for the client, e.g. to upload the additional steps' documents
    again, fill in a questionnaire or verify a bank card. The client completes the same
    verification (same `scanRef`) again, and its webhooks are sent again. From the
    official OpenAPI file; the body is optional.

    The emulator refuses a verification that is still in progress (`ACTIVE`: the
    client already has a link) or deleted with `400 PARTNER_ERROR`; the official file
    documents no error answers.

    Args:
        scan_ref (str):
        body (RequestInformationRequest | Unset): What to ask the client for when reopening a
            verification. Every field is optional
            (the body may be left out); the bounds are the official file's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RequestInformationResponse]
    """

    kwargs = _get_kwargs(
        scan_ref=scan_ref,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_ref: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestInformationRequest | Unset = UNSET,
) -> ApiError | RequestInformationResponse | None:
    """Reopen a verification to ask the client for more information

     Reopens a finished verification and returns a new session link (`sessionUrl`) and
    token (`tokenString`) for the client, e.g. to upload the additional steps' documents
    again, fill in a questionnaire or verify a bank card. The client completes the same
    verification (same `scanRef`) again, and its webhooks are sent again. From the
    official OpenAPI file; the body is optional.

    The emulator refuses a verification that is still in progress (`ACTIVE`: the
    client already has a link) or deleted with `400 PARTNER_ERROR`; the official file
    documents no error answers.

    Args:
        scan_ref (str):
        body (RequestInformationRequest | Unset): What to ask the client for when reopening a
            verification. Every field is optional
            (the body may be left out); the bounds are the official file's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RequestInformationResponse
    """

    return sync_detailed(
        scan_ref=scan_ref,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    scan_ref: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestInformationRequest | Unset = UNSET,
) -> Response[ApiError | RequestInformationResponse]:
    """Reopen a verification to ask the client for more information

     Reopens a finished verification and returns a new session link (`sessionUrl`) and
    token (`tokenString`) for the client, e.g. to upload the additional steps' documents
    again, fill in a questionnaire or verify a bank card. The client completes the same
    verification (same `scanRef`) again, and its webhooks are sent again. From the
    official OpenAPI file; the body is optional.

    The emulator refuses a verification that is still in progress (`ACTIVE`: the
    client already has a link) or deleted with `400 PARTNER_ERROR`; the official file
    documents no error answers.

    Args:
        scan_ref (str):
        body (RequestInformationRequest | Unset): What to ask the client for when reopening a
            verification. Every field is optional
            (the body may be left out); the bounds are the official file's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RequestInformationResponse]
    """

    kwargs = _get_kwargs(
        scan_ref=scan_ref,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_ref: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestInformationRequest | Unset = UNSET,
) -> ApiError | RequestInformationResponse | None:
    """Reopen a verification to ask the client for more information

     Reopens a finished verification and returns a new session link (`sessionUrl`) and
    token (`tokenString`) for the client, e.g. to upload the additional steps' documents
    again, fill in a questionnaire or verify a bank card. The client completes the same
    verification (same `scanRef`) again, and its webhooks are sent again. From the
    official OpenAPI file; the body is optional.

    The emulator refuses a verification that is still in progress (`ACTIVE`: the
    client already has a link) or deleted with `400 PARTNER_ERROR`; the official file
    documents no error answers.

    Args:
        scan_ref (str):
        body (RequestInformationRequest | Unset): What to ask the client for when reopening a
            verification. Every field is optional
            (the body may be left out); the bounds are the official file's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RequestInformationResponse
    """

    return (
        await asyncio_detailed(
            scan_ref=scan_ref,
            client=client,
            body=body,
        )
    ).parsed
