"""Benchmarks that print their figures (not tests), and the tools they share (the shaping proxy)."""
