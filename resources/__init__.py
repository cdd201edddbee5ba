"""Package data of NeutroHold: knowledge packs, icons, fonts, desktop entry."""
