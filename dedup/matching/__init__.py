"""Product matching internals: normalise, aliases, block, group (API in dedup.match)."""
