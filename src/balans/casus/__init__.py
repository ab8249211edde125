"""De casus: één huishouden over een reeks maanden (zie ../shared/casus.md)."""
