"""`python -m lookback_kg` runs the CLI."""

from lookback_kg.cli import main

if __name__ == "__main__":
    main()
