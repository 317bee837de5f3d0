package cypher

// SaveTypeDefs stores type definitions, one node each, replacing what was
// stored for the same GUID.
// Parameters: $rows, a list of maps with guid, name, category, version,
// superTypeNames (list, nearest first) and definition (JSON text).
// Columns: none.
const SaveTypeDefs = `UNWIND $rows AS row
MERGE (t:TypeDef {guid: row.guid})
SET t.name = row.name, t.category = row.category, t.version = row.version,
    t.superTypeNames = row.superTypeNames, t._definition = row.definition`

// SaveAttributeTypeDefs stores attribute type definitions.
// Parameters: $rows, a list of maps with guid, name, category, version and
// definition (JSON text). Columns: none.
const SaveAttributeTypeDefs = `UNWIND $rows AS row
MERGE (t:AttributeTypeDef {guid: row.guid})
SET t.name = row.name, t.category = row.category, t.version = row.version,
    t._definition = row.definition`

// ListTypeDefs returns every stored type definition.
// Parameters: none. Columns: name, version, superTypeNames, definition.
const ListTypeDefs = `MATCH (t:TypeDef)
RETURN t.name AS name, t.version AS version, t.superTypeNames AS superTypeNames,
       t._definition AS definition`

// ListAttributeTypeDefs returns every stored attribute type definition.
// Parameters: none. Columns: definition.
const ListAttributeTypeDefs = `MATCH (t:AttributeTypeDef) RETURN t._definition AS definition`

// RelabelEntities moves the entities of one exact type from one set of
// supertype labels to another, after a TypeDef patch re-parented the type.
// Parameters: $typeName, $remove (labels to drop), $add (labels to set).
// Columns: count.
const RelabelEntities = `MATCH (n:Entity) WHERE n.typeName = $typeName
REMOVE n:$($remove)
SET n:$($add)
RETURN count(n) AS count`

// RelabelClassifications does the same for classification nodes.
// Parameters: $typeName, $remove, $add. Columns: count.
const RelabelClassifications = `MATCH (c:Classification) WHERE c.name = $typeName
REMOVE c:$($remove)
SET c:$($add)
RETURN count(c) AS count`
