"""Assently E-Sign v2 shapes, derived from the recorded responses in shared/reference/assently/samples
(getcase 2019, findcases, the error bodies). The swagger declares no response schemas for Assently."""

from __future__ import annotations

from typing import Any

STRING_OR_NULL = {"type": ["string", "null"]}
GUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
TIMESTAMP_PATTERN = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$"

PARTY: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "Id",
        "Name",
        "GroupName",
        "EmailAddress",
        "SocialSecurityNumber",
        "EidSerialNumber",
        "SignedOn",
        "SignatureData",
        "PartyUrl",
        "MobilePhone",
        "Culture",
        "AnyoneCanSign",
        "IpAddress",
        "Provider",
        "SignatureType",
        "SignatureUrl",
    ],
    "properties": {
        "Id": {"type": "string", "minLength": 1},
        "Name": {"type": "string"},
        "GroupName": STRING_OR_NULL,
        "EmailAddress": {"type": "string"},
        "SocialSecurityNumber": STRING_OR_NULL,
        "EidSerialNumber": {"type": "string"},
        "SignedOn": {"type": ["string", "null"], "pattern": TIMESTAMP_PATTERN},
        "SignatureData": STRING_OR_NULL,
        "PartyUrl": {"type": "string", "pattern": r"^https?://"},
        "MobilePhone": {"type": "string"},
        "Culture": {"type": "string"},
        "AnyoneCanSign": {"type": "boolean"},
        "IpAddress": {"type": "string"},
        "Provider": {"type": "string"},
        "SignatureType": {"type": "string"},
        "SignatureUrl": STRING_OR_NULL,
    },
}

DOCUMENT: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["Id", "Filename", "Data", "ContentType", "Size", "Hash", "Type", "FormFields"],
    "properties": {
        "Id": {"type": "string", "minLength": 1},
        "Filename": {"type": "string"},
        "Data": {"type": "null"},
        "ContentType": {"type": "string"},
        "Size": {"type": "integer"},
        "Hash": {"type": "string", "pattern": r"^[0-9a-f]{128}$"},
        "Type": {"type": "string", "enum": ["Original", "Signed", "Receipt"]},
        "FormFields": {"type": "object"},
    },
}

CASE: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "Id",
        "Status",
        "Name",
        "NameAlias",
        "AccountId",
        "MasterAccountId",
        "Parties",
        "Documents",
        "Visibility",
        "AllowedSignatureTypes",
        "Description",
        "Stakeholders",
        "Metadata",
        "CancelUrl",
        "ContinueUrl",
        "ContinueName",
        "ContinueAuto",
        "NotificationMethods",
        "SendSignRequestEmailToParties",
        "SendFinishEmailToCreator",
        "SendFinishEmailToParties",
        "SendRecallEmailToParties",
        "RequestMessage",
        "RequestMessageSms",
        "FinishedMessage",
        "FinishedMessageSms",
        "Culture",
        "SignInSequence",
        "IdentityCheck",
        "IsEditable",
        "MergeOnSend",
        "UseGroupNames",
        "ExpireAfterDays",
        "ExpireOn",
        "RemindAfterDays",
        "RemindOn",
        "CreatedOn",
        "TemplateId",
        "ApprovalRequired",
        "Approvers",
        "ApprovalRequestedOn",
        "SentOn",
        "ReminderSentOn",
        "Hash",
        "AgentUrl",
        "EventCallback",
        "Procedure",
        "Rejected",
    ],
    "properties": {
        "Id": {"type": "string", "pattern": GUID_PATTERN},
        "Status": {
            "type": "string",
            "enum": [
                "Draft",
                "PendingApproval",
                "Sent",
                "Signed",
                "Finished",
                "Rejected",
                "Recalled",
                "Expired",
            ],
        },
        "Name": {"type": "string"},
        "NameAlias": {"type": "string"},
        "AccountId": {"type": "integer"},
        "MasterAccountId": {"type": ["integer", "null"]},
        "Parties": {"type": "array", "items": PARTY},
        "Documents": {"type": "array", "items": DOCUMENT},
        "Visibility": {"type": "string"},
        "AllowedSignatureTypes": {"type": "array", "items": {"type": "string"}},
        "Description": {"type": "string"},
        "Stakeholders": {"type": "array"},
        "Metadata": {"type": "object"},
        "CancelUrl": STRING_OR_NULL,
        "ContinueUrl": {"type": "string"},
        "ContinueName": {"type": "string"},
        "ContinueAuto": {"type": "boolean"},
        "NotificationMethods": {"type": "array", "items": {"type": "string"}},
        "SendSignRequestEmailToParties": {"type": "boolean"},
        "SendFinishEmailToCreator": {"type": "boolean"},
        "SendFinishEmailToParties": {"type": "boolean"},
        "SendRecallEmailToParties": {"type": "boolean"},
        "RequestMessage": STRING_OR_NULL,
        "RequestMessageSms": STRING_OR_NULL,
        "FinishedMessage": STRING_OR_NULL,
        "FinishedMessageSms": STRING_OR_NULL,
        "Culture": {"type": "string"},
        "SignInSequence": {"type": "boolean"},
        "IdentityCheck": {"type": "boolean"},
        "IsEditable": {"type": "boolean"},
        "MergeOnSend": {"type": "boolean"},
        "UseGroupNames": {"type": "boolean"},
        "ExpireAfterDays": {"type": "integer"},
        "ExpireOn": {"type": ["string", "null"], "pattern": TIMESTAMP_PATTERN},
        "RemindAfterDays": {"type": "integer"},
        "RemindOn": STRING_OR_NULL,
        "CreatedOn": {"type": "string", "pattern": TIMESTAMP_PATTERN},
        "TemplateId": STRING_OR_NULL,
        "ApprovalRequired": {"type": "boolean"},
        "Approvers": {"type": "array"},
        "ApprovalRequestedOn": STRING_OR_NULL,
        "SentOn": {"type": ["string", "null"], "pattern": TIMESTAMP_PATTERN},
        "ReminderSentOn": STRING_OR_NULL,
        "Hash": STRING_OR_NULL,
        "AgentUrl": {"type": "string"},
        "EventCallback": {"type": ["object", "null"]},
        "Procedure": {"type": "string"},
        "Rejected": {"type": ["object", "null"]},
    },
}

CASE_LIST: dict[str, Any] = {"type": "array", "items": CASE}

ERROR: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "additionalProperties": False,
            "required": ["errorCode", "message", "hint"],
            "properties": {
                "errorCode": {"type": "string", "pattern": r"^E"},
                "message": {"type": "string", "minLength": 1},
                "hint": {"type": "string"},
            },
        }
    },
}

TEMPLATE: dict[str, Any] = {
    "type": "object",
    "required": ["Id", "Name", "Documents"],
    "properties": {
        "Id": {"type": "string", "pattern": GUID_PATTERN},
        "Name": {"type": "string"},
        "Documents": {
            "type": "array",
            "items": {"type": "object", "required": ["Id", "Filename", "Hash", "Size"]},
        },
    },
}
TEMPLATE_LIST: dict[str, Any] = {"type": "array", "items": TEMPLATE}

HOOK_CREATED: dict[str, Any] = {
    "type": "object",
    "required": ["Id", "EventPath", "callbackUrl"],
    "properties": {
        "Id": {"type": "string"},
        "EventPath": {"type": "string"},
        "callbackUrl": {"type": "string"},
    },
}
