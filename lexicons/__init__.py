"""The default profile shipped with qa_scorer: thresholds, phrase lists and rule declarations."""
