"""The monitor: keeps the docket current from an inbox folder and news feeds, and says what changed."""
