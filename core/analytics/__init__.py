"""Per-client metrics and the segmentations of METHODS.md."""
