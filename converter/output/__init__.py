"""Output: JSON Lines files written whole-line, and batch conversion of many inputs."""
