"""Errors each emulation answers with, in that service's shape.

Assently: the recorded shape `{"error": {"errorCode", "message", "hint"}}`.
GMO Sign documents no error shape; the sandbox answers 4xx/5xx with the success envelope's own fields:
`{"status": "error", "result": <code>, "message": <text>}`.
"""

from __future__ import annotations

from starlette.responses import JSONResponse


class SandboxHttpError(Exception):
    def __init__(self, status: int, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint


class AssentlyError(SandboxHttpError):
    def response(self) -> JSONResponse:
        body = {"error": {"errorCode": self.code, "message": self.message, "hint": self.hint}}
        return JSONResponse(body, status_code=self.status)


class GmoError(SandboxHttpError):
    def response(self) -> JSONResponse:
        body = {"status": "error", "result": self.code, "message": self.message}
        return JSONResponse(body, status_code=self.status)


class ControlError(SandboxHttpError):
    def response(self) -> JSONResponse:
        return JSONResponse({"error": self.code, "message": self.message}, status_code=self.status)
