"""Qt desktop window: widgets, models and dialogs over the services layer."""
