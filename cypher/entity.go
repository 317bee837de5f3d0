package cypher

// UpsertEntities writes full entities or proxies with their
// classifications, replacing whatever was stored under the same GUID: the
// node's properties and labels are replaced and its classification nodes are
// recreated. The caller has already applied the OMRS rules that decide
// whether a stored node may be replaced.
//
// A replaced version of a full entity (one with another version number) is
// kept as an EntityVersion node, valid until the new version's update time.
// A replaced or removed classification is kept as a ClassificationVersion
// node, valid until its successor's update time, or until $now when it was
// removed.
// Proxies keep no history.
// Parameters: $now (epoch millis) and $rows, a list of maps with
//   - guid: the entity GUID;
//   - props: the node's native properties (header fields, primitive
//     attribute values and _instance);
//   - labels: every label but Entity (type, supertypes, EntityProxy);
//   - classifications: a list of maps with props and labels for each
//     classification node.
//
// Columns: none.
const UpsertEntities = `UNWIND $rows AS row
MERGE (n:Entity {guid: row.guid})
WITH n, row, n._instance IS NOT NULL AND NOT n:EntityProxy AND n.version <> row.props.version AS replaced
FOREACH (_ IN CASE WHEN replaced THEN [1] ELSE [] END |
  CREATE (:EntityVersion {guid: n.guid, version: n.version, validFrom: coalesce(n.updateTime, n.createTime),
    validTo: coalesce(row.props.updateTime, row.props.createTime), typeName: n.typeName, status: n.status,
    _instance: n._instance}))
SET n = row.props
WITH n, row, [l IN labels(n) WHERE l <> 'Entity'] AS previousLabels
REMOVE n:$(previousLabels)
SET n:$(row.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[:CLASSIFIED_AS]->(previous:Classification)
  WITH previous, [c IN row.classifications WHERE c.props.name = previous.name] AS successors
  FOREACH (_ IN CASE WHEN size(successors) = 0 OR successors[0].props.version <> previous.version THEN [1] ELSE [] END |
    CREATE (:ClassificationVersion {entityGUID: n.guid, name: previous.name, version: previous.version,
      validFrom: coalesce(previous.updateTime, previous.createTime),
      validTo: CASE WHEN size(successors) = 0 THEN $now ELSE coalesce(successors[0].props.updateTime, $now) END,
      status: previous.status, _order: previous._order, _instance: previous._instance}))
  DETACH DELETE previous
}
WITH n, row
UNWIND row.classifications AS classification
CREATE (n)-[:CLASSIFIED_AS]->(c:Classification)
SET c = classification.props
SET c:$(classification.labels)`

// EntityStates returns what is stored for each GUID in a batch, for the
// rules that decide between storing, skipping and rejecting a copy.
// Parameters: $guids. Columns: guid, proxy (bool), instance (JSON text),
// classifications (list of JSON text, in stored order).
const EntityStates = `UNWIND $guids AS guid
MATCH (n:Entity {guid: guid})
CALL (n) {
  OPTIONAL MATCH (n)-[:CLASSIFIED_AS]->(c:Classification)
  WITH c ORDER BY c._order
  RETURN collect(c._instance) AS classifications
}
RETURN n.guid AS guid, n:EntityProxy AS proxy, n._instance AS instance, classifications`

// EntityByGUID returns one entity or proxy with its classifications, and
// all their properties for the seal check.
// Parameters: $guid. Columns: proxy (bool), instance (JSON text),
// classifications (list of JSON text, in stored order), props (map),
// classificationProps (list of maps).
const EntityByGUID = `MATCH (n:Entity {guid: $guid})
CALL (n) {
  OPTIONAL MATCH (n)-[:CLASSIFIED_AS]->(c:Classification)
  WITH c ORDER BY c._order
  RETURN collect(c._instance) AS classifications, collect(properties(c)) AS classificationProps
}
RETURN n:EntityProxy AS proxy, n._instance AS instance, classifications,
       properties(n) AS props, classificationProps`

// EntityTypes returns the type of each stored entity or proxy in a batch.
// Parameters: $guids. Columns: guid, typeName.
const EntityTypes = `UNWIND $guids AS guid
MATCH (n:Entity {guid: guid})
RETURN n.guid AS guid, n.typeName AS typeName`

// EndProxies returns each stored entity in a batch in its proxy form, for
// the end proxies of relationships.
// Parameters: $guids. Columns: guid, proxy (JSON text of an EntityProxy
// without classifications), classifications (list of JSON text, in stored
// order).
const EndProxies = `UNWIND $guids AS guid
MATCH (n:Entity {guid: guid})
CALL (n) {
  OPTIONAL MATCH (n)-[:CLASSIFIED_AS]->(c:Classification)
  WITH c ORDER BY c._order
  RETURN collect(c._instance) AS classifications
}
RETURN n.guid AS guid, n._proxy AS proxy, classifications`
