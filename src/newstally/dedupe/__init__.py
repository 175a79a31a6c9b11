"""Deduplication across documents: near-duplicate stories (MinHash LSH) and claims (same figure)."""
