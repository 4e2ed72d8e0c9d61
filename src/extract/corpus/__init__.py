"""The corpus stage: the co-mention graph, its measures, and the step that resolves, measures and writes a run's outputs."""
