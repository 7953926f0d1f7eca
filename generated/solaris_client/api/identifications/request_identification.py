from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.person_identification import PersonIdentification
from ...models.request_identification_request import RequestIdentificationRequest
from ...models.solaris_error_response import SolarisErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_id: str,
    id: str,
    *,
    body: RequestIdentificationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/persons/{person_id}/identifications/{id}/request".format(
            person_id=quote(str(person_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PersonIdentification | SolarisErrorResponse:
    if response.status_code == 200:
        response_200 = PersonIdentification.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SolarisErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SolarisErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SolarisErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SolarisErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = SolarisErrorResponse.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = SolarisErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = SolarisErrorResponse.from_dict(response.json())

        return response_500

    response_default = SolarisErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PersonIdentification | SolarisErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestIdentificationRequest | Unset = UNSET,
) -> Response[PersonIdentification | SolarisErrorResponse]:
    """Request an identification

     This endpoint requests Solaris to begin the process for the person identification
    specified in the URL. The status of the identification will change to `pending`.
    Once the identification process finishes, you will receive a notification from the
    IDENTIFICATION webhook and the status will change to completed or failed depending
    on the outcome (seed page "Request an identification").

    The body is optional (`secret` and `device_data` are needed only by some methods).
    The response `method` may carry values the create request does not accept
    (`bank_plus`, `idnow_autoident`, `idnow_custom`): see `IdentificationMethod`.
    Error bodies of 412 and 422 carry `details` (plural) instead of `detail`, as the
    documentation shows them.

    Args:
        person_id (str):
        id (str):
        body (RequestIdentificationRequest | Unset): Optional body of "Request an identification".
            General request rules apply (no
            leading/trailing whitespace, `null` ignored, unknown fields dropped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonIdentification | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestIdentificationRequest | Unset = UNSET,
) -> PersonIdentification | SolarisErrorResponse | None:
    """Request an identification

     This endpoint requests Solaris to begin the process for the person identification
    specified in the URL. The status of the identification will change to `pending`.
    Once the identification process finishes, you will receive a notification from the
    IDENTIFICATION webhook and the status will change to completed or failed depending
    on the outcome (seed page "Request an identification").

    The body is optional (`secret` and `device_data` are needed only by some methods).
    The response `method` may carry values the create request does not accept
    (`bank_plus`, `idnow_autoident`, `idnow_custom`): see `IdentificationMethod`.
    Error bodies of 412 and 422 carry `details` (plural) instead of `detail`, as the
    documentation shows them.

    Args:
        person_id (str):
        id (str):
        body (RequestIdentificationRequest | Unset): Optional body of "Request an identification".
            General request rules apply (no
            leading/trailing whitespace, `null` ignored, unknown fields dropped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonIdentification | SolarisErrorResponse
    """

    return sync_detailed(
        person_id=person_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestIdentificationRequest | Unset = UNSET,
) -> Response[PersonIdentification | SolarisErrorResponse]:
    """Request an identification

     This endpoint requests Solaris to begin the process for the person identification
    specified in the URL. The status of the identification will change to `pending`.
    Once the identification process finishes, you will receive a notification from the
    IDENTIFICATION webhook and the status will change to completed or failed depending
    on the outcome (seed page "Request an identification").

    The body is optional (`secret` and `device_data` are needed only by some methods).
    The response `method` may carry values the create request does not accept
    (`bank_plus`, `idnow_autoident`, `idnow_custom`): see `IdentificationMethod`.
    Error bodies of 412 and 422 carry `details` (plural) instead of `detail`, as the
    documentation shows them.

    Args:
        person_id (str):
        id (str):
        body (RequestIdentificationRequest | Unset): Optional body of "Request an identification".
            General request rules apply (no
            leading/trailing whitespace, `null` ignored, unknown fields dropped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonIdentification | SolarisErrorResponse]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestIdentificationRequest | Unset = UNSET,
) -> PersonIdentification | SolarisErrorResponse | None:
    """Request an identification

     This endpoint requests Solaris to begin the process for the person identification
    specified in the URL. The status of the identification will change to `pending`.
    Once the identification process finishes, you will receive a notification from the
    IDENTIFICATION webhook and the status will change to completed or failed depending
    on the outcome (seed page "Request an identification").

    The body is optional (`secret` and `device_data` are needed only by some methods).
    The response `method` may carry values the create request does not accept
    (`bank_plus`, `idnow_autoident`, `idnow_custom`): see `IdentificationMethod`.
    Error bodies of 412 and 422 carry `details` (plural) instead of `detail`, as the
    documentation shows them.

    Args:
        person_id (str):
        id (str):
        body (RequestIdentificationRequest | Unset): Optional body of "Request an identification".
            General request rules apply (no
            leading/trailing whitespace, `null` ignored, unknown fields dropped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonIdentification | SolarisErrorResponse
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
