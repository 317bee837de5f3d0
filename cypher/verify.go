package cypher

// SealedEntities returns every entity node with all its properties, for the
// seal check.
// Parameters: none. Columns: guid, props (map).
const SealedEntities = `MATCH (n:Entity) RETURN n.guid AS guid, properties(n) AS props`

// SealedClassifications returns every classification node with all its
// properties.
// Parameters: none. Columns: guid (the entity's), name, props (map).
const SealedClassifications = `MATCH (c:Classification) RETURN c.entityGUID AS guid, c.name AS name, properties(c) AS props`

// SealedRelationships returns every relationship edge with all its
// properties.
// Parameters: none. Columns: guid, name (the relationship type), props (map).
const SealedRelationships = `MATCH (:Entity)-[r]->(:Entity) RETURN r.guid AS guid, type(r) AS name, properties(r) AS props`
