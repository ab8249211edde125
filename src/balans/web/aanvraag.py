"""Webpagina's: aanvraag (issue 7). Server-rendered, werkt zonder JavaScript, NL Design System."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
