package cypher

// EntityVersions returns the earlier versions of an entity.
// Parameters: $guid. Columns: validFrom, validTo (epoch millis), instance
// (JSON text), in version order.
const EntityVersions = `MATCH (v:EntityVersion) WHERE v.guid = $guid
RETURN v.validFrom AS validFrom, v.validTo AS validTo, v._instance AS instance
ORDER BY v.version`

// ClassificationVersions returns the earlier versions of the
// classifications of an entity.
// Parameters: $guid. Columns: validFrom, validTo, order (position in the
// entity's list), instance (JSON text).
const ClassificationVersions = `MATCH (v:ClassificationVersion) WHERE v.entityGUID = $guid
RETURN v.validFrom AS validFrom, v.validTo AS validTo, coalesce(v._order, 0) AS order, v._instance AS instance
ORDER BY v.name, v.version`

// EndClassification records the final, DELETED version of a classification
// removed from an entity, valid from $from on, and ends the previous
// version there, so the classification's history shows its removal.
// Parameters: $guid (the entity's), $name, $previousVersion, $version, $from
// (epoch millis), $order, $instance (JSON text of the DELETED version).
// Columns: none.
const EndClassification = `OPTIONAL MATCH (previous:ClassificationVersion {entityGUID: $guid, name: $name, version: $previousVersion})
SET previous.validTo = $from
CREATE (:ClassificationVersion {entityGUID: $guid, name: $name, version: $version, validFrom: $from,
  validTo: 9223372036854775807, status: 'DELETED', _order: $order, _instance: $instance})`

// RelationshipVersions returns the earlier versions of a relationship.
// Parameters: $guid. Columns: validFrom, validTo, end1, end2 (end GUIDs),
// instance (JSON text), in version order.
const RelationshipVersions = `MATCH (v:RelationshipVersion) WHERE v.guid = $guid
RETURN v.validFrom AS validFrom, v.validTo AS validTo, v.end1GUID AS end1, v.end2GUID AS end2, v._instance AS instance
ORDER BY v.version`

// RelationshipVersionsOfEntity returns the earlier versions of every
// relationship that had the entity at one of its ends.
// Parameters: $guid. Columns: guid, validFrom, validTo, end1, end2,
// instance (JSON text), in version order per relationship.
const RelationshipVersionsOfEntity = `CALL () {
  MATCH (v:RelationshipVersion) WHERE v.end1GUID = $guid RETURN v
  UNION
  MATCH (v:RelationshipVersion) WHERE v.end2GUID = $guid RETURN v
}
RETURN v.guid AS guid, v.validFrom AS validFrom, v.validTo AS validTo, v.end1GUID AS end1, v.end2GUID AS end2,
       v._instance AS instance
ORDER BY v.guid, v.version`
