"""Fixtures for questions and documents in the six UN languages."""
