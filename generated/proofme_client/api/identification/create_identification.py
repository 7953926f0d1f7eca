from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.identification_create import IdentificationCreate
from ...models.identification_create_form import IdentificationCreateForm
from ...models.identification_response import IdentificationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: IdentificationCreate | IdentificationCreateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/identification",
    }

    if isinstance(body, IdentificationCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, IdentificationCreateForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IdentificationResponse:
    if response.status_code == 201:
        response_201 = IdentificationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

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
) -> Response[Error | IdentificationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentificationCreate | IdentificationCreateForm,
) -> Response[Error | IdentificationResponse]:
    """Create identification

     Create a new identification intent; this is where most identification
    implementations start off. Once you have created an identification, redirect your
    customer to the URL in the `myPageUrl` property of the response.

    The body may be sent as JSON (`IdentificationCreate`) or, as in the documentation's
    own curl example, as `application/x-www-form-urlencoded` form fields
    (`IdentificationCreateForm`). The errors page says "always use JSON" and answers 415
    to other content types; because the create page itself posts form fields, both are
    modelled and any other content type gets 415.

    `description` longer than 255 characters is **not rejected**: Proofme truncates it to
    255 characters. A `proofmeId` that names no Proofme of the organisation, like any
    other invalid field value, is answered 422 with `field` naming the field.

    Args:
        body (IdentificationCreate): JSON body of `create_identification`. Proofme does not
            document rejecting unknown
            fields, so the object stays open.
        body (IdentificationCreateForm): Form-encoded (`application/x-www-form-urlencoded`) body
            of `create_identification`,
            as in the documentation's curl example. Every value travels as text: `testmode` as
            `true`/`false`, and `metadata` as a **string holding JSON** (e.g.
            `{"my-data": 12345}`), which Proofme parses and returns as a JSON value (the seed's
            example comes back as an object). A `metadata` string that is not valid JSON is
            stored as that string. `notify` is an object and cannot be expressed as flat form
            fields: send a JSON body (`IdentificationCreate`) to use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IdentificationResponse]
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
    body: IdentificationCreate | IdentificationCreateForm,
) -> Error | IdentificationResponse | None:
    """Create identification

     Create a new identification intent; this is where most identification
    implementations start off. Once you have created an identification, redirect your
    customer to the URL in the `myPageUrl` property of the response.

    The body may be sent as JSON (`IdentificationCreate`) or, as in the documentation's
    own curl example, as `application/x-www-form-urlencoded` form fields
    (`IdentificationCreateForm`). The errors page says "always use JSON" and answers 415
    to other content types; because the create page itself posts form fields, both are
    modelled and any other content type gets 415.

    `description` longer than 255 characters is **not rejected**: Proofme truncates it to
    255 characters. A `proofmeId` that names no Proofme of the organisation, like any
    other invalid field value, is answered 422 with `field` naming the field.

    Args:
        body (IdentificationCreate): JSON body of `create_identification`. Proofme does not
            document rejecting unknown
            fields, so the object stays open.
        body (IdentificationCreateForm): Form-encoded (`application/x-www-form-urlencoded`) body
            of `create_identification`,
            as in the documentation's curl example. Every value travels as text: `testmode` as
            `true`/`false`, and `metadata` as a **string holding JSON** (e.g.
            `{"my-data": 12345}`), which Proofme parses and returns as a JSON value (the seed's
            example comes back as an object). A `metadata` string that is not valid JSON is
            stored as that string. `notify` is an object and cannot be expressed as flat form
            fields: send a JSON body (`IdentificationCreate`) to use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IdentificationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentificationCreate | IdentificationCreateForm,
) -> Response[Error | IdentificationResponse]:
    """Create identification

     Create a new identification intent; this is where most identification
    implementations start off. Once you have created an identification, redirect your
    customer to the URL in the `myPageUrl` property of the response.

    The body may be sent as JSON (`IdentificationCreate`) or, as in the documentation's
    own curl example, as `application/x-www-form-urlencoded` form fields
    (`IdentificationCreateForm`). The errors page says "always use JSON" and answers 415
    to other content types; because the create page itself posts form fields, both are
    modelled and any other content type gets 415.

    `description` longer than 255 characters is **not rejected**: Proofme truncates it to
    255 characters. A `proofmeId` that names no Proofme of the organisation, like any
    other invalid field value, is answered 422 with `field` naming the field.

    Args:
        body (IdentificationCreate): JSON body of `create_identification`. Proofme does not
            document rejecting unknown
            fields, so the object stays open.
        body (IdentificationCreateForm): Form-encoded (`application/x-www-form-urlencoded`) body
            of `create_identification`,
            as in the documentation's curl example. Every value travels as text: `testmode` as
            `true`/`false`, and `metadata` as a **string holding JSON** (e.g.
            `{"my-data": 12345}`), which Proofme parses and returns as a JSON value (the seed's
            example comes back as an object). A `metadata` string that is not valid JSON is
            stored as that string. `notify` is an object and cannot be expressed as flat form
            fields: send a JSON body (`IdentificationCreate`) to use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IdentificationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IdentificationCreate | IdentificationCreateForm,
) -> Error | IdentificationResponse | None:
    """Create identification

     Create a new identification intent; this is where most identification
    implementations start off. Once you have created an identification, redirect your
    customer to the URL in the `myPageUrl` property of the response.

    The body may be sent as JSON (`IdentificationCreate`) or, as in the documentation's
    own curl example, as `application/x-www-form-urlencoded` form fields
    (`IdentificationCreateForm`). The errors page says "always use JSON" and answers 415
    to other content types; because the create page itself posts form fields, both are
    modelled and any other content type gets 415.

    `description` longer than 255 characters is **not rejected**: Proofme truncates it to
    255 characters. A `proofmeId` that names no Proofme of the organisation, like any
    other invalid field value, is answered 422 with `field` naming the field.

    Args:
        body (IdentificationCreate): JSON body of `create_identification`. Proofme does not
            document rejecting unknown
            fields, so the object stays open.
        body (IdentificationCreateForm): Form-encoded (`application/x-www-form-urlencoded`) body
            of `create_identification`,
            as in the documentation's curl example. Every value travels as text: `testmode` as
            `true`/`false`, and `metadata` as a **string holding JSON** (e.g.
            `{"my-data": 12345}`), which Proofme parses and returns as a JSON value (the seed's
            example comes back as an object). A `metadata` string that is not valid JSON is
            stored as that string. `notify` is an object and cannot be expressed as flat form
            fields: send a JSON body (`IdentificationCreate`) to use it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IdentificationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
