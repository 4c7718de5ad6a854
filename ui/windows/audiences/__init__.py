"""Windows of the audiences section (issue #4): sign-up, actions of the day, details, outputs."""
