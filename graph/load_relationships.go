package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// storedRelationship is a relationship as stored: its bean (without end
// proxies), its edge type and its end GUIDs.
type storedRelationship struct {
	relationship *typesystem.Relationship
	typeName     string
	end1, end2   string
	// tampered is true when the edge no longer matches its seal; set only
	// by lockRelationship.
	tampered bool
}

func (stats *LoadStats) addRelationships(outcome batchOutcome) {
	stats.RelationshipsStored += outcome.stored
	stats.RelationshipsUnchanged += outcome.unchanged
	stats.Rejected = append(stats.Rejected, outcome.rejected...)
}

// loadRelationships stores relationships batch by batch. Each batch first
// makes sure its relationship types have their guid constraints, which must
// happen outside the data transaction.
func (s *Store) loadRelationships(ctx context.Context, relationships []*typesystem.Relationship, stats *LoadStats, progress func(done int)) error {
	done := 0
	return batches(relationships, s.cfg.BatchSize, func(batch []*typesystem.Relationship) error {
		var types []string
		for _, relationship := range batch {
			if name := relationship.TypeName(); !slices.Contains(types, name) && s.isRelationshipType(name) {
				types = append(types, name)
			}
		}
		if err := s.ensureRelationshipTypes(ctx, types); err != nil {
			return err
		}
		result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return s.storeRelationshipBatch(ctx, tx, batch)
		})
		if err != nil {
			return fmt.Errorf("store relationships %d to %d: %w", done+1, done+len(batch), err)
		}
		stats.addRelationships(result.(batchOutcome))
		done += len(batch)
		progress(done)
		return nil
	})
}

// isRelationshipType reports whether name is a known relationship type.
func (s *Store) isRelationshipType(name string) bool {
	typeDef, ok := s.registry.TypeDefByName(name)
	return ok && typeDef.Category == typesystem.CategoryRelationshipDef
}

func (s *Store) storeRelationshipBatch(ctx context.Context, tx neo4j.ManagedTransaction, batch []*typesystem.Relationship) (batchOutcome, error) {
	guids := make([]string, 0, len(batch))
	var endGUIDs []string
	for _, relationship := range batch {
		guids = append(guids, relationship.GUID)
		endGUIDs = append(endGUIDs, relationship.EntityOneProxy.GUID, relationship.EntityTwoProxy.GUID)
	}
	states, err := s.readRelationshipStates(ctx, tx, guids)
	if err != nil {
		return batchOutcome{}, err
	}
	endTypes, err := readEntityTypes(ctx, tx, endGUIDs)
	if err != nil {
		return batchOutcome{}, err
	}

	var outcome batchOutcome
	rows := make([]map[string]any, 0, len(batch))
	for _, relationship := range batch {
		verdict, reason := s.checkRelationship(relationship, states[relationship.GUID], endTypes)
		switch verdict {
		case rejectCopy:
			outcome.rejected = append(outcome.rejected,
				fmt.Errorf("relationship %s (type %s): %w", relationship.GUID, relationship.TypeName(), reason))
			continue
		case keepStored:
			outcome.unchanged++
			continue
		}
		row, err := relationshipRow(relationship)
		if err != nil {
			return batchOutcome{}, err
		}
		rows = append(rows, row)
		outcome.stored++
	}
	if len(rows) == 0 {
		return outcome, nil
	}
	written, err := s.writeRelationshipRows(ctx, tx, rows)
	if err != nil {
		return batchOutcome{}, err
	}
	if written != int64(len(rows)) {
		return batchOutcome{}, fmt.Errorf("wrote %d of %d relationships: an end entity disappeared during the load", written, len(rows))
	}
	return outcome, nil
}

// checkRelationship validates a relationship against its stored ends and
// applies the reference-copy rules.
func (s *Store) checkRelationship(relationship *typesystem.Relationship, stored *storedRelationship, endTypes map[string]string) (decision, error) {
	end1Type, ok1 := endTypes[relationship.EntityOneProxy.GUID]
	end2Type, ok2 := endTypes[relationship.EntityTwoProxy.GUID]
	if !ok1 || !ok2 {
		missing := relationship.EntityOneProxy.GUID
		if ok1 {
			missing = relationship.EntityTwoProxy.GUID
		}
		return rejectCopy, typesystem.NewError(typesystem.KindEntityNotKnown, "relationship",
			"end entity %s is not stored (its entity or proxy was rejected); fix that entity and load again", missing)
	}
	if err := s.registry.ValidateRelationship(relationship, end1Type, end2Type, false); err != nil {
		return rejectCopy, err
	}
	return s.decideRelationship(relationship, stored)
}

// readRelationshipStates returns the stored relationships among guids.
func (s *Store) readRelationshipStates(ctx context.Context, tx neo4j.ManagedTransaction, guids []string) (map[string]*storedRelationship, error) {
	states := map[string]*storedRelationship{}
	types := s.storedRelationshipTypes()
	if len(types) == 0 {
		return states, nil
	}
	statement, err := cypher.RelationshipStates(types)
	if err != nil {
		return nil, err
	}
	records, err := tx.Run(ctx, statement, map[string]any{"guids": guids})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	for _, record := range all {
		state := &storedRelationship{relationship: &typesystem.Relationship{}}
		var instance string
		for key, target := range map[string]*string{"guid": nil, "type": &state.typeName, "end1": &state.end1, "end2": &state.end2, "instance": &instance} {
			value, _, err := neo4j.GetRecordValue[string](record, key)
			if err != nil {
				return nil, fmt.Errorf("read column %s: %w", key, err)
			}
			if target != nil {
				*target = value
			}
		}
		if err := decodeJSON(instance, state.relationship); err != nil {
			return nil, fmt.Errorf("decode stored relationship: %w", err)
		}
		states[state.relationship.GUID] = state
	}
	return states, nil
}

// runCount runs one statement and returns the integer column key of its
// single record.
func runCount(ctx context.Context, tx neo4j.ManagedTransaction, statement string, params map[string]any, key string) (int64, error) {
	result, err := tx.Run(ctx, statement, params)
	if err != nil {
		return 0, err
	}
	record, err := result.Single(ctx)
	if err != nil {
		return 0, err
	}
	count, _, err := neo4j.GetRecordValue[int64](record, key)
	return count, err
}

// readEntityTypes returns the type name of each listed entity or proxy that
// is stored.
func readEntityTypes(ctx context.Context, tx neo4j.ManagedTransaction, guids []string) (map[string]string, error) {
	records, err := tx.Run(ctx, cypher.EntityTypes, map[string]any{"guids": guids})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	types := make(map[string]string, len(all))
	for _, record := range all {
		guid, _, err := neo4j.GetRecordValue[string](record, "guid")
		if err != nil {
			return nil, err
		}
		typeName, _, err := neo4j.GetRecordValue[string](record, "typeName")
		if err != nil {
			return nil, err
		}
		types[guid] = typeName
	}
	return types, nil
}
