"""Small reusable widgets: plain-text labels, submit-on-Ctrl+Enter editors, flow layout."""
