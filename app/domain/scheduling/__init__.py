"""The scheduling engine: network, CPM passes, results (see app.domain.scheduler)."""
