"""The person file: everything registered from one person across all registers, merges, GDPR export."""
