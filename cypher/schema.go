package cypher

import "fmt"

// SchemaStatements create the constraints and indexes the repository relies
// on. Each runs in its own transaction and is idempotent (IF NOT EXISTS).
var SchemaStatements = []string{
	// One node per GUID across full entities and proxies: a GUID lookup is a
	// unique index seek and concurrent MERGEs cannot create duplicates.
	"CREATE CONSTRAINT entity_guid IF NOT EXISTS FOR (n:Entity) REQUIRE n.guid IS UNIQUE",
	"CREATE CONSTRAINT omrs_repository_key IF NOT EXISTS FOR (n:OMRSRepository) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT typedef_guid IF NOT EXISTS FOR (n:TypeDef) REQUIRE n.guid IS UNIQUE",
	"CREATE CONSTRAINT attribute_typedef_guid IF NOT EXISTS FOR (n:AttributeTypeDef) REQUIRE n.guid IS UNIQUE",
	"CREATE INDEX entity_type_name IF NOT EXISTS FOR (n:Entity) ON (n.typeName)",
	"CREATE INDEX entity_create_time IF NOT EXISTS FOR (n:Entity) ON (n.createTime)",
	"CREATE INDEX classification_name IF NOT EXISTS FOR (n:Classification) ON (n.name)",
	// Earlier versions: "the version of guid valid at T" is one seek on
	// (guid, validFrom).
	"CREATE INDEX entity_version_guid IF NOT EXISTS FOR (v:EntityVersion) ON (v.guid, v.validFrom)",
	"CREATE INDEX relationship_version_guid IF NOT EXISTS FOR (v:RelationshipVersion) ON (v.guid, v.validFrom)",
	"CREATE INDEX relationship_version_end1 IF NOT EXISTS FOR (v:RelationshipVersion) ON (v.end1GUID)",
	"CREATE INDEX relationship_version_end2 IF NOT EXISTS FOR (v:RelationshipVersion) ON (v.end2GUID)",
	"CREATE INDEX classification_version_entity IF NOT EXISTS FOR (v:ClassificationVersion) ON (v.entityGUID, v.name)",
	// Searches as of a time seek earlier versions by type.
	"CREATE INDEX entity_version_type IF NOT EXISTS FOR (v:EntityVersion) ON (v.typeName, v.validFrom)",
	"CREATE INDEX relationship_version_type IF NOT EXISTS FOR (v:RelationshipVersion) ON (v.typeName, v.validFrom)",
}

// AwaitIndexes waits until every index is online.
// Parameters: $seconds. Returns nothing.
const AwaitIndexes = "CALL db.awaitIndexes($seconds)"

// RelationshipGUIDConstraint returns the statement that makes the guid of
// relationships of one type unique. Neo4j indexes relationship properties per
// relationship type, so every OMRS relationship type in use gets its own
// constraint (and with it a unique index).
func RelationshipGUIDConstraint(relationshipType string) (string, error) {
	quoted, err := Quote(relationshipType)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("CREATE CONSTRAINT %s IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.guid IS UNIQUE",
		"`relationship_guid_"+relationshipType+"`", quoted), nil
}

// ListRelationshipGUIDConstraints returns the relationship types that have a
// guid uniqueness constraint.
// Parameters: none. Columns: type (string).
const ListRelationshipGUIDConstraints = `SHOW CONSTRAINTS
YIELD entityType, labelsOrTypes, properties, type
WHERE entityType = 'RELATIONSHIP' AND properties = ['guid'] AND type = 'RELATIONSHIP_UNIQUENESS'
RETURN labelsOrTypes[0] AS type`
