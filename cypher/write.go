package cypher

import (
	"fmt"
	"strings"
)

// LockEntity reads an entity or proxy for a change and takes Neo4j's write
// lock on its node, so concurrent changes of one instance run one after the
// other and none is lost. The lock is held until the transaction ends.
// Setting and removing a marker property is what acquires the lock: a plain
// read takes none.
// Parameters: $guid. Columns: proxy (bool), instance (JSON text),
// classifications (list of JSON text, in stored order), props (map) and
// classificationProps (list of maps) for the seal check.
const LockEntity = `MATCH (n:Entity {guid: $guid})
SET n._lock = true
REMOVE n._lock
WITH n
CALL (n) {
  OPTIONAL MATCH (n)-[:CLASSIFIED_AS]->(c:Classification)
  WITH c ORDER BY c._order
  RETURN collect(c._instance) AS classifications, collect(properties(c)) AS classificationProps
}
RETURN n:EntityProxy AS proxy, n._instance AS instance, classifications,
       properties(n) AS props, classificationProps`

// PurgeEntity removes an entity or proxy with its classifications, every
// relationship attached to it, and all their earlier versions.
// Parameters: $guid. Columns: removedRelationships (count).
const PurgeEntity = `MATCH (n:Entity {guid: $guid})
OPTIONAL MATCH (n)-[:CLASSIFIED_AS]->(c:Classification)
DETACH DELETE c
WITH DISTINCT n
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(:Entity)
  WITH collect(DISTINCT r.guid) AS relationshipGUIDs, count(r) AS removedRelationships
  CALL (relationshipGUIDs) {
    UNWIND relationshipGUIDs AS relationshipGUID
    MATCH (v:RelationshipVersion {guid: relationshipGUID})
    DETACH DELETE v
  }
  RETURN removedRelationships
}
CALL () {
  MATCH (v:EntityVersion {guid: $guid})
  DETACH DELETE v
}
CALL () {
  MATCH (v:ClassificationVersion {entityGUID: $guid})
  DETACH DELETE v
}
DETACH DELETE n
RETURN removedRelationships`

// AttachedRelationships returns the relationships attached to an entity,
// with their type and ends, for the rules that cascade a delete.
// Parameters: $guid. Columns: type, end1, end2, instance (JSON text).
const AttachedRelationships = `MATCH (n:Entity {guid: $guid})-[r]-(:Entity)
WITH DISTINCT r
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.guid AS end1, b.guid AS end2, r._instance AS instance`

// GUIDInUse counts the entities, proxies and relationships (of the given
// types) that use a GUID.
// Parameters: $guid. Columns: count.
func GUIDInUse(relationshipTypes []string) (string, error) {
	if len(relationshipTypes) == 0 {
		return "MATCH (n:Entity {guid: $guid}) RETURN count(n) AS count", nil
	}
	union, err := relationshipUnion(relationshipTypes, "$guid")
	if err != nil {
		return "", err
	}
	return "CALL () {\n  MATCH (n:Entity {guid: $guid}) RETURN n AS found\n  UNION ALL\n" +
		replaceReturn(union) + "\n}\nRETURN count(found) AS count", nil
}

// replaceReturn turns the union branches' "RETURN r, a, b" into "RETURN r AS
// found" so they combine with an entity branch.
func replaceReturn(union string) string {
	return strings.ReplaceAll(union, "RETURN r, a, b", "RETURN r AS found")
}

// LockRelationship reads a relationship for a change and takes the write
// lock on it, searching the given relationship types.
// Parameters: $guid. Columns: type, end1, end2, instance (JSON text), props
// (map, for the seal check).
func LockRelationship(relationshipTypes []string) (string, error) {
	union, err := relationshipUnion(relationshipTypes, "$guid")
	if err != nil {
		return "", err
	}
	return "CALL () {\n" + union + "\n}\nWITH r, a, b LIMIT 1\nSET r._lock = true\nREMOVE r._lock\n" +
		"RETURN type(r) AS type, a.guid AS end1, b.guid AS end2, r._instance AS instance, properties(r) AS props", nil
}

// DeleteRelationship removes one relationship of a known type and all its
// earlier versions.
// Parameters: $guid. Columns: removed (count).
func DeleteRelationship(relationshipType string) (string, error) {
	quoted, err := Quote(relationshipType)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(`MATCH ()-[r:%s {guid: $guid}]->()
DELETE r
WITH count(*) AS removed
CALL () {
  MATCH (v:RelationshipVersion {guid: $guid})
  DETACH DELETE v
}
RETURN removed`, quoted), nil
}

// RetireRelationshipEdge keeps the current version of a relationship as a
// RelationshipVersion valid until $validTo and removes its edge, so that a
// new edge (of another type) can take its place.
// Parameters: $guid, $validTo (epoch millis). Columns: retired (count).
func RetireRelationshipEdge(relationshipType string) (string, error) {
	quoted, err := Quote(relationshipType)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(`MATCH (a)-[r:%s {guid: $guid}]->(b)
CREATE (:RelationshipVersion {guid: r.guid, version: r.version, validFrom: coalesce(r.updateTime, r.createTime),
  validTo: $validTo, typeName: type(r), status: r.status, end1GUID: a.guid, end2GUID: b.guid, _instance: r._instance})
DELETE r
RETURN count(*) AS retired`, quoted), nil
}

// MoveRelationships moves every relationship of one entity node to another:
// each edge is deleted and recreated with the same type and properties on
// the new node. The delete comes first because the guid constraint is
// checked at once, not at commit.
// Parameters: $oldGUID, $newGUID. Columns: moved (count).
const MoveRelationships = `MATCH (old:Entity {guid: $oldGUID})
MATCH (new:Entity {guid: $newGUID})
CALL (old, new) {
  MATCH (old)-[r]-(:Entity)
  WITH DISTINCT r
  MATCH (a)-[r]->(b)
  WITH r, type(r) AS relationshipType, properties(r) AS props,
       CASE WHEN a = old THEN new ELSE a END AS start,
       CASE WHEN b = old THEN new ELSE b END AS finish
  DELETE r
  CREATE (start)-[moved:$(relationshipType)]->(finish)
  SET moved = props
  RETURN count(moved) AS moved
}
RETURN moved`
