"""The pages every case wizard shares; each wizard adds its own choices page between policy and documents."""
