from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_expiration_threshold import DocumentExpirationThreshold
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentExpirationWebhook")


@_attrs_define
class DocumentExpirationWebhook:
    """Payload of `DOCUMENT_EXPIRATION`: the document of an earlier verification expires soon
    or has expired. Its own schema in the official file (not the identification payload).
    The official file requires all four keys; guaranteed here are the identifiers and the
    threshold the event reports.

        Attributes:
            scan_ref (str): iDenfy's identifier of the verification whose document expires. Example:
                ec6a7108-8c26-11e9-9758-309c231b1bac.
            client_id (str): Your identifier of the client. Example: 100000.
            expiration_threshold (DocumentExpirationThreshold): Which expiry threshold a `DOCUMENT_EXPIRATION` webhook
                reports: the verified
                document expires within 30 days, 7 days or 1 day, or has expired.
                 Example: DOCUMENT_EXPIRES_WITHIN_30_DAYS.
            document_expiration (str | Unset): The document's expiry date (a plain string in the official file, e.g.
                `2030-12-20`).
                 Example: 2030-12-20.
    """

    scan_ref: str
    client_id: str
    expiration_threshold: DocumentExpirationThreshold
    document_expiration: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_ref = self.scan_ref

        client_id = self.client_id

        expiration_threshold = self.expiration_threshold.value

        document_expiration = self.document_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
                "clientId": client_id,
                "expirationThreshold": expiration_threshold,
            }
        )
        if document_expiration is not UNSET:
            field_dict["documentExpiration"] = document_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

        expiration_threshold = DocumentExpirationThreshold(d.pop("expirationThreshold"))

        document_expiration = d.pop("documentExpiration", UNSET)

        document_expiration_webhook = cls(
            scan_ref=scan_ref,
            client_id=client_id,
            expiration_threshold=expiration_threshold,
            document_expiration=document_expiration,
        )

        document_expiration_webhook.additional_properties = d
        return document_expiration_webhook

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
