"""Contains all the data models used in inputs/outputs"""

from .documentation_link import DocumentationLink
from .encryption_mode import EncryptionMode
from .error import Error
from .error_links import ErrorLinks
from .identification import Identification
from .identification_create import IdentificationCreate
from .identification_create_form import IdentificationCreateForm
from .identification_data import IdentificationData
from .identification_data_response import IdentificationDataResponse
from .identification_list import IdentificationList
from .identification_mode import IdentificationMode
from .identification_response import IdentificationResponse
from .identification_sort_column import IdentificationSortColumn
from .identification_status import IdentificationStatus
from .identification_status_update import IdentificationStatusUpdate
from .identification_with_data import IdentificationWithData
from .notify import Notify
from .proofme_configuration import ProofmeConfiguration
from .revoke_message import RevokeMessage
from .revoke_result import RevokeResult
from .sort_direction import SortDirection

__all__ = (
    "DocumentationLink",
    "EncryptionMode",
    "Error",
    "ErrorLinks",
    "Identification",
    "IdentificationCreate",
    "IdentificationCreateForm",
    "IdentificationData",
    "IdentificationDataResponse",
    "IdentificationList",
    "IdentificationMode",
    "IdentificationResponse",
    "IdentificationSortColumn",
    "IdentificationStatus",
    "IdentificationStatusUpdate",
    "IdentificationWithData",
    "Notify",
    "ProofmeConfiguration",
    "RevokeMessage",
    "RevokeResult",
    "SortDirection",
)
