"""Small widgets and layout helpers shared by the screens."""
