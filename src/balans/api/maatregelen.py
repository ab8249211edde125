"""API v1: maatregelen (issue 7). Zelfde stijl als api/v1.py: NLGov, problem+json, geen BSN in een URL."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/v1")
