"""Policy packs, translations, themes, fonts and templates shipped with Cunbao."""
