package graph

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/sirupsen/logrus"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// Progress receives the number of instances processed so far out of total.
type Progress func(done, total int)

// LoadStats reports what LoadInstances did.
type LoadStats struct {
	EntitiesStored         int
	EntitiesUnchanged      int
	ProxiesStored          int
	RelationshipsStored    int
	RelationshipsUnchanged int
	// Rejected lists the instances that were not stored, each error naming
	// the archive element and why.
	Rejected []error
}

// LoadInstances stores an archive's instances through the reference-copy
// rules: entities, then proxies for relationship ends the archive does not
// contain, then relationships, in batches of Config.BatchSize, each batch one
// transaction. Invalid or conflicting instances are skipped and listed in
// LoadStats.Rejected. The returned error reports a failure of the store
// itself, which stops the load; running the load again completes it.
func (s *Store) LoadInstances(ctx context.Context, archive *typesystem.Archive, progress Progress) (*LoadStats, error) {
	if archive == nil || archive.InstanceStore == nil {
		return &LoadStats{}, nil
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	stats := &LoadStats{}
	entities, relationships := s.prepareArchive(archive, stats)
	total := len(entities) + len(relationships)
	if err := s.loadEntities(ctx, entities, stats, func(done int) { progress(done, total) }); err != nil {
		return stats, err
	}
	proxies := s.externalEnds(entities, relationships, stats)
	if err := s.loadProxies(ctx, proxies, stats); err != nil {
		return stats, err
	}
	if err := s.loadRelationships(ctx, relationships, stats, func(done int) { progress(len(entities)+done, total) }); err != nil {
		return stats, err
	}
	s.log.WithFields(logrus.Fields{
		"archiveName": archive.Properties.ArchiveName, "archiveGUID": archive.Properties.ArchiveGUID,
		"entitiesStored": stats.EntitiesStored, "relationshipsStored": stats.RelationshipsStored,
		"proxiesStored": stats.ProxiesStored, "rejected": len(stats.Rejected),
	}).Info("archive instances loaded")
	return stats, nil
}

// prepareArchive validates and rewrites every instance, moving the invalid
// ones to stats.Rejected.
func (s *Store) prepareArchive(archive *typesystem.Archive, stats *LoadStats) ([]*typesystem.EntityDetail, []*typesystem.Relationship) {
	props := archive.Properties
	entities := make([]*typesystem.EntityDetail, 0, len(archive.InstanceStore.Entities))
	for i, entity := range archive.InstanceStore.Entities {
		prepared, err := s.prepareEntity(entity, props)
		if err != nil {
			stats.Rejected = append(stats.Rejected, elementError("entities", i, guidOf(entity), typeOf(entity), err))
			continue
		}
		entities = append(entities, prepared)
	}
	relationships := make([]*typesystem.Relationship, 0, len(archive.InstanceStore.Relationships))
	for i, relationship := range archive.InstanceStore.Relationships {
		prepared, err := s.prepareRelationship(relationship, props)
		if err != nil {
			guid, typeName := "", ""
			if relationship != nil {
				guid, typeName = relationship.GUID, relationship.TypeName()
			}
			stats.Rejected = append(stats.Rejected, elementError("relationships", i, guid, typeName, err))
			continue
		}
		relationships = append(relationships, prepared)
	}
	return entities, relationships
}

func guidOf(entity *typesystem.EntityDetail) string {
	if entity == nil {
		return ""
	}
	return entity.GUID
}

func typeOf(entity *typesystem.EntityDetail) string {
	if entity == nil {
		return ""
	}
	return entity.TypeName()
}

// externalEnds returns one proxy per relationship end that is not among the
// archive's entities, the newest version where several relationships share
// an end. Invalid proxies are rejected with their relationship.
func (s *Store) externalEnds(entities []*typesystem.EntityDetail, relationships []*typesystem.Relationship, stats *LoadStats) []*typesystem.EntityProxy {
	inArchive := make(map[string]bool, len(entities))
	for _, entity := range entities {
		inArchive[entity.GUID] = true
	}
	byGUID := map[string]*typesystem.EntityProxy{}
	var order []string
	for _, relationship := range relationships {
		for _, end := range []*typesystem.EntityProxy{relationship.EntityOneProxy, relationship.EntityTwoProxy} {
			if inArchive[end.GUID] {
				continue
			}
			if err := s.validateProxy(end); err != nil {
				stats.Rejected = append(stats.Rejected, fmt.Errorf("end of relationship %s: %w", relationship.GUID, err))
				continue
			}
			previous, seen := byGUID[end.GUID]
			if !seen {
				order = append(order, end.GUID)
			}
			if !seen || end.Version > previous.Version {
				byGUID[end.GUID] = end
			}
		}
	}
	proxies := make([]*typesystem.EntityProxy, 0, len(order))
	for _, guid := range order {
		proxies = append(proxies, byGUID[guid])
	}
	return proxies
}

// batches calls fn for consecutive slices of at most size items.
func batches[T any](items []T, size int, fn func(batch []T) error) error {
	for start := 0; start < len(items); start += size {
		end := min(start+size, len(items))
		if err := fn(items[start:end]); err != nil {
			return err
		}
	}
	return nil
}

// readEntityStates returns the raw stored state (no read-time provenance
// fix-ups) of each GUID that is stored.
func readEntityStates(ctx context.Context, tx neo4j.ManagedTransaction, guids []string) (map[string]*storedEntity, error) {
	records, err := tx.Run(ctx, cypher.EntityStates, map[string]any{"guids": guids})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	states := make(map[string]*storedEntity, len(all))
	for _, record := range all {
		guid, _, err := neo4j.GetRecordValue[string](record, "guid")
		if err != nil {
			return nil, err
		}
		stored, err := decodeStoredEntity(record, "proxy", "instance", "classifications")
		if err != nil {
			return nil, fmt.Errorf("entity %s: %w", guid, err)
		}
		states[guid] = &stored
	}
	return states, nil
}

// writeEntityRows seals rows and runs UpsertEntities for them, if any. It is
// the only writer of entity and classification nodes.
func (s *Store) writeEntityRows(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	if err := s.sealEntityRows(rows); err != nil {
		return err
	}
	return run(ctx, tx, cypher.UpsertEntities, map[string]any{"rows": rows, "now": s.now()})
}

// writeRelationshipRows seals rows and runs UpsertRelationships for them. It
// is the only writer of relationship edges, and returns how many it wrote.
func (s *Store) writeRelationshipRows(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any) (int64, error) {
	for _, row := range rows {
		if err := s.seal(row["props"].(map[string]any)); err != nil {
			return 0, err
		}
	}
	return runCount(ctx, tx, cypher.UpsertRelationships, map[string]any{"rows": rows}, "written")
}

// decodeJSON decodes text into v.
func decodeJSON(text string, v any) error {
	return json.Unmarshal([]byte(text), v)
}
