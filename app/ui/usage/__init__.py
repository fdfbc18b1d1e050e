"""The Usage view: MS Project's Resource Usage and Task Usage (time-phased work grid)."""
