package cypher

// EnsureMetadataCollection creates the metadata collection node on first
// start and returns the stored id, so a restart keeps the id.
// Parameters: $id (id to use if none is stored), $name, $now (epoch millis).
// Columns: id, name.
const EnsureMetadataCollection = `MERGE (m:OMRSRepository {key: 'local'})
ON CREATE SET m.metadataCollectionId = $id, m.createTime = $now
SET m.metadataCollectionName = $name
RETURN m.metadataCollectionId AS id, m.metadataCollectionName AS name`
