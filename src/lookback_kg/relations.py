"""The relation registry (`relations.toml`): what each relation means in RDF.

Every stage asks here: the build for a relation's predicate and its qualifiers' predicates,
the tests for what the ontology, shapes, JSON-LD context and named queries must agree with.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources

from rdflib import URIRef

from lookback_kg.model import EntityKind, Qualifiers, Relation
from lookback_kg.vocab import LB, PREFIXES

VALUE_KINDS = ("class", "text", "date", "duration", "money", "rating")
"""Objects that are not entities: a class (rdf:type), or a literal or value node."""
QUALIFIER_NAMES = tuple(f.name for f in fields(Qualifiers))
ENTITY_QUALIFIERS = tuple(f.name for f in fields(Qualifiers) if str(f.type).startswith("Entity"))
"""Qualifiers whose value is an entity (a place, a festival, a character), not a literal."""


@dataclass(frozen=True)
class QualifierSpec:
    name: str
    predicate: URIRef
    label: str
    wikidata: str


@dataclass(frozen=True)
class RelationSpec:
    relation: Relation
    predicate: URIRef
    label: str
    wikidata: str
    subject: tuple[EntityKind, ...]
    object: str  # an EntityKind value or one of VALUE_KINDS
    qualifiers: tuple[str, ...]
    credit: bool = False

    @property
    def object_kind(self) -> EntityKind | None:
        """The entity kind of the object, or None for a value."""
        return None if self.object in VALUE_KINDS else EntityKind(self.object)


def _iri(curie: str, where: str) -> URIRef:
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES or not local:
        raise ValueError(f"{where}: {curie!r} is not a prefixed name with a known prefix")
    if prefix == "lb":
        return getattr(LB, local)  # an undeclared lb: term fails here
    return URIRef(PREFIXES[prefix] + local)


def _spec(cls, entry: dict, where: str):
    unknown = set(entry) - {f.name for f in fields(cls)}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    return cls(**entry)


def _load() -> tuple[dict[Relation, RelationSpec], dict[str, QualifierSpec]]:
    text = resources.files("lookback_kg").joinpath("relations.toml").read_text("utf-8")
    data = tomllib.loads(text)
    qualifiers: dict[str, QualifierSpec] = {}
    for name, entry in data["qualifier"].items():
        where = f"qualifier {name!r} in relations.toml"
        if name not in QUALIFIER_NAMES:
            raise ValueError(f"{where}: not a field of model.Qualifiers")
        spec = dict(entry, name=name, predicate=_iri(entry["predicate"], where))
        qualifiers[name] = _spec(QualifierSpec, spec, where)
    relations: dict[Relation, RelationSpec] = {}
    for name, entry in data["relation"].items():
        where = f"relation {name!r} in relations.toml"
        if entry.get("object") not in VALUE_KINDS:
            EntityKind(entry.get("object"))
        spec = dict(
            entry,
            relation=Relation(name),
            predicate=_iri(entry["predicate"], where),
            subject=tuple(EntityKind(kind) for kind in entry["subject"]),
            qualifiers=tuple(entry["qualifiers"]),
        )
        unknown = set(spec["qualifiers"]) - set(qualifiers)
        if unknown:
            raise ValueError(f"{where}: unknown qualifiers {sorted(unknown)}")
        relations[Relation(name)] = _spec(RelationSpec, spec, where)
    missing = set(Relation) - set(relations)
    if missing or set(qualifiers) != set(QUALIFIER_NAMES):
        raise ValueError(f"relations.toml misses {sorted(missing) or 'qualifiers'}")
    return relations, qualifiers


RELATIONS, QUALIFIERS = _load()
PREDICATES: dict[Relation, URIRef] = {r: spec.predicate for r, spec in RELATIONS.items()}
