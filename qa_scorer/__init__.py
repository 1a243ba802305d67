"""qa_scorer: check every recorded call against the service standard and score every agent."""
