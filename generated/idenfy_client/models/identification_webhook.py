from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_data import DocumentData
    from ..models.file_urls import FileUrls
    from ..models.identification_status import IdentificationStatus


T = TypeVar("T", bound="IdentificationWebhook")


@_attrs_define
class IdentificationWebhook:
    """Payload of the verification webhooks (every `Idenfy-Event-Type`). An automatic
    result with `final: false` is followed by a manual one with `final: true`.
    Deliveries can repeat. Only `scanRef` and `clientId` are required: the other fields
    are always present on the `IDENTIFICATION*` events but not guaranteed on the others.

        Attributes:
            scan_ref (str): iDenfy's identifier of the verification. Example: ec6a7108-8c26-11e9-9758-309c231b1bac.
            client_id (str): Your identifier of the client. Example: 100000.
            final (bool | Unset): `false` when a manual review result will follow, `true` for the last one.
            platform (None | Platform | Unset): The device the client used.
            status (IdentificationStatus | Unset): The verification's status inside a webhook payload.
            data (DocumentData | Unset): Data read from the client's document. Every field is `null` when unknown. Dates are
                ISO `YYYY-MM-DD`; names come upper-case as printed on the document.
            file_urls (FileUrls | None | Unset): Links to the verification's files.
            external_ref (None | str | Unset): The `externalRef` of the token request. Example: reference.
            start_time (int | None | Unset): When the client started the verification (Unix time, seconds). Example:
                1554726960.
            finish_time (int | None | Unset): When the verification finished (Unix time, seconds). Example: 1554727002.
            client_ip (None | str | Unset): The client's IP address. Example: 192.0.2.10.
            client_ip_country (None | str | Unset): Country of the client's IP address (alpha-2). Example: LT.
            client_location (None | str | Unset): Location derived from the client's IP address. Example: Kaunas, Lithuania.
    """

    scan_ref: str
    client_id: str
    final: bool | Unset = UNSET
    platform: None | Platform | Unset = UNSET
    status: IdentificationStatus | Unset = UNSET
    data: DocumentData | Unset = UNSET
    file_urls: FileUrls | None | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    finish_time: int | None | Unset = UNSET
    client_ip: None | str | Unset = UNSET
    client_ip_country: None | str | Unset = UNSET
    client_location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_urls import FileUrls  # noqa: PLC0415

        scan_ref = self.scan_ref

        client_id = self.client_id

        final = self.final

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, Platform):
            platform = self.platform.value
        else:
            platform = self.platform

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        file_urls: dict[str, Any] | None | Unset
        if isinstance(self.file_urls, Unset):
            file_urls = UNSET
        elif isinstance(self.file_urls, FileUrls):
            file_urls = self.file_urls.to_dict()
        else:
            file_urls = self.file_urls

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        finish_time: int | None | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = self.finish_time

        client_ip: None | str | Unset
        if isinstance(self.client_ip, Unset):
            client_ip = UNSET
        else:
            client_ip = self.client_ip

        client_ip_country: None | str | Unset
        if isinstance(self.client_ip_country, Unset):
            client_ip_country = UNSET
        else:
            client_ip_country = self.client_ip_country

        client_location: None | str | Unset
        if isinstance(self.client_location, Unset):
            client_location = UNSET
        else:
            client_location = self.client_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
                "clientId": client_id,
            }
        )
        if final is not UNSET:
            field_dict["final"] = final
        if platform is not UNSET:
            field_dict["platform"] = platform
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if file_urls is not UNSET:
            field_dict["fileUrls"] = file_urls
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if client_ip is not UNSET:
            field_dict["clientIp"] = client_ip
        if client_ip_country is not UNSET:
            field_dict["clientIpCountry"] = client_ip_country
        if client_location is not UNSET:
            field_dict["clientLocation"] = client_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_data import DocumentData  # noqa: PLC0415
        from ..models.file_urls import FileUrls  # noqa: PLC0415
        from ..models.identification_status import IdentificationStatus  # noqa: PLC0415

        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

        final = d.pop("final", UNSET)

        def _parse_platform(data: object) -> None | Platform | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = Platform(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Platform | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        _status = d.pop("status", UNSET)
        status: IdentificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IdentificationStatus.from_dict(_status)

        _data = d.pop("data", UNSET)
        data: DocumentData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DocumentData.from_dict(_data)

        def _parse_file_urls(data: object) -> FileUrls | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_urls_type_0 = FileUrls.from_dict(data)

                return file_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileUrls | None | Unset, data)

        file_urls = _parse_file_urls(d.pop("fileUrls", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("externalRef", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_finish_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finish_time = _parse_finish_time(d.pop("finishTime", UNSET))

        def _parse_client_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ip = _parse_client_ip(d.pop("clientIp", UNSET))

        def _parse_client_ip_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ip_country = _parse_client_ip_country(d.pop("clientIpCountry", UNSET))

        def _parse_client_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_location = _parse_client_location(d.pop("clientLocation", UNSET))

        identification_webhook = cls(
            scan_ref=scan_ref,
            client_id=client_id,
            final=final,
            platform=platform,
            status=status,
            data=data,
            file_urls=file_urls,
            external_ref=external_ref,
            start_time=start_time,
            finish_time=finish_time,
            client_ip=client_ip,
            client_ip_country=client_ip_country,
            client_location=client_location,
        )

        identification_webhook.additional_properties = d
        return identification_webhook

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
