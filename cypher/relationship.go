package cypher

import (
	"fmt"
	"strings"
)

// RelationshipReturn ends every statement that returns relationships. It
// expects r, a (end 1) and b (end 2) to be bound, one row per relationship.
// The end entities are read separately with EntityStates, once per distinct
// end, because many relationships often share one end.
// Columns: instance (JSON text), end1, end2 (end GUIDs), props (all the
// edge's properties, for the seal check).
const RelationshipReturn = `RETURN r._instance AS instance, a.guid AS end1, b.guid AS end2, properties(r) AS props`

// relationshipUnion returns a UNION ALL of one unique index seek per
// relationship type, binding r, a and b for the relationship whose guid is
// guidExpr. A pattern with a type disjunction (-[r:A|B]->) would make Neo4j
// 5.26 scan the indexes instead of seeking, so each type gets its own branch.
func relationshipUnion(types []string, guidExpr string) (string, error) {
	if len(types) == 0 {
		return "", fmt.Errorf("no relationship types to search")
	}
	branches := make([]string, 0, len(types))
	for _, relationshipType := range types {
		quoted, err := Quote(relationshipType)
		if err != nil {
			return "", err
		}
		branches = append(branches, fmt.Sprintf("  MATCH (a)-[r:%s {guid: %s}]->(b) RETURN r, a, b", quoted, guidExpr))
	}
	return strings.Join(branches, "\n  UNION ALL\n"), nil
}

// RelationshipByGUID returns the statement that reads one relationship by
// GUID, searching the given relationship types (those that have a guid
// constraint, i.e. every type stored so far).
// Parameters: $guid. Columns: as RelationshipReturn.
func RelationshipByGUID(types []string) (string, error) {
	union, err := relationshipUnion(types, "$guid")
	if err != nil {
		return "", err
	}
	return "CALL () {\n" + union + "\n}\nWITH r, a, b LIMIT 1\n" + RelationshipReturn, nil
}

// RelationshipStates returns the stored state of each relationship GUID in a
// batch, searching the given relationship types.
// Parameters: $guids. Columns: guid, type, end1, end2 (end GUIDs),
// instance (JSON text).
func RelationshipStates(types []string) (string, error) {
	union, err := relationshipUnion(types, "guid")
	if err != nil {
		return "", err
	}
	return "UNWIND $guids AS guid\nCALL (guid) {\n" + union + "\n}\n" +
		"RETURN guid, type(r) AS type, a.guid AS end1, b.guid AS end2, r._instance AS instance", nil
}

// UpsertRelationships writes relationships between stored entity nodes,
// replacing the properties of a relationship already stored with the same
// GUID between the same ends, and keeping a replaced version as a
// RelationshipVersion node valid until the new version's update time. Both
// ends must exist: rows whose ends are missing write nothing, and the
// caller checks the returned count.
// Parameters: $rows, a list of maps with guid, type (relationship type
// name, validated by the type system), end1, end2 (GUIDs) and props.
// Columns: written (count).
const UpsertRelationships = `UNWIND $rows AS row
MATCH (a:Entity {guid: row.end1})
MATCH (b:Entity {guid: row.end2})
MERGE (a)-[r:$(row.type) {guid: row.guid}]->(b)
WITH r, row, r._instance IS NOT NULL AND r.version <> row.props.version AS replaced
FOREACH (_ IN CASE WHEN replaced THEN [1] ELSE [] END |
  CREATE (:RelationshipVersion {guid: r.guid, version: r.version, validFrom: coalesce(r.updateTime, r.createTime),
    validTo: coalesce(row.props.updateTime, row.props.createTime), typeName: type(r), status: r.status,
    end1GUID: row.end1, end2GUID: row.end2, _instance: r._instance}))
SET r = row.props
RETURN count(r) AS written`
