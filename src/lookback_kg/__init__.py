"""lookback-kg: what articles say about a film, as an evidence-carrying RDF knowledge graph."""

__version__ = "0.1.0"
