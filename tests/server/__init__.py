"""Tests of the reference central profile API (profile_server)."""
