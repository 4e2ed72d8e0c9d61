"""Catalog linking and cross-report resolution: read and index a catalog, link papers to it, merge papers and people across reports."""
