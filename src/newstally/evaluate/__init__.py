"""Evaluation: score cleaned articles and figures against gold."""
