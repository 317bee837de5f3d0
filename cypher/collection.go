package cypher

// EnsureMetadataCollection creates the metadata collection node on first
// start and returns the stored id, so a restart keeps the id.
// It also keeps the seal key used when none is configured.
// Parameters: $id (id to use if none is stored), $name, $now (epoch millis),
// $sealKey (key to keep if none is stored).
// Columns: id, name, sealKey.
const EnsureMetadataCollection = `MERGE (m:OMRSRepository {key: 'local'})
ON CREATE SET m.metadataCollectionId = $id, m.createTime = $now
SET m.metadataCollectionName = $name, m.sealKey = coalesce(m.sealKey, $sealKey)
RETURN m.metadataCollectionId AS id, m.metadataCollectionName AS name, m.sealKey AS sealKey`
