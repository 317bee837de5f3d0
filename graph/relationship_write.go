package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// decodeStoredRelationships decodes records with the columns type, end1,
// end2 and instance.
func decodeStoredRelationships(records []*neo4j.Record) ([]*storedRelationship, error) {
	states := make([]*storedRelationship, 0, len(records))
	for _, record := range records {
		state := &storedRelationship{relationship: &typesystem.Relationship{}}
		var instance string
		for key, target := range map[string]*string{"type": &state.typeName, "end1": &state.end1, "end2": &state.end2, "instance": &instance} {
			value, _, err := neo4j.GetRecordValue[string](record, key)
			if err != nil {
				return nil, fmt.Errorf("read column %s: %w", key, err)
			}
			*target = value
		}
		if err := decodeJSON(instance, state.relationship); err != nil {
			return nil, fmt.Errorf("decode stored relationship: %w", err)
		}
		states = append(states, state)
	}
	return states, nil
}

// readAttachedRelationships returns the relationships attached to an entity.
func readAttachedRelationships(ctx context.Context, tx neo4j.ManagedTransaction, guid string) ([]*storedRelationship, error) {
	records, err := tx.Run(ctx, cypher.AttachedRelationships, map[string]any{"guid": guid})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	return decodeStoredRelationships(all)
}

// lockRelationship reads the relationship stored under guid (nil when there
// is none) and holds its write lock until the transaction ends.
func (s *Store) lockRelationship(ctx context.Context, tx neo4j.ManagedTransaction, guid string) (*storedRelationship, error) {
	types := s.storedRelationshipTypes()
	if len(types) == 0 {
		return nil, nil
	}
	statement, err := cypher.LockRelationship(types)
	if err != nil {
		return nil, err
	}
	records, err := tx.Run(ctx, statement, map[string]any{"guid": guid})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	states, err := decodeStoredRelationships(all)
	if err != nil {
		return nil, err
	}
	props, _, err := neo4j.GetRecordValue[map[string]any](all[0], "props")
	if err != nil {
		return nil, err
	}
	states[0].tampered = !s.sealIntact(props)
	return states[0], nil
}

// writeRelationship stores a relationship between its stored ends,
// replacing its properties.
func (s *Store) writeRelationship(ctx context.Context, tx neo4j.ManagedTransaction, state *storedRelationship) error {
	state.relationship.EntityOneProxy = &typesystem.EntityProxy{}
	state.relationship.EntityOneProxy.GUID = state.end1
	state.relationship.EntityTwoProxy = &typesystem.EntityProxy{}
	state.relationship.EntityTwoProxy.GUID = state.end2
	row, err := relationshipRow(state.relationship)
	if err != nil {
		return err
	}
	written, err := s.writeRelationshipRows(ctx, tx, []map[string]any{row})
	if err != nil {
		return err
	}
	if written != 1 {
		return fmt.Errorf("write relationship %s: its end entities %s and %s are not both stored", state.relationship.GUID, state.end1, state.end2)
	}
	return nil
}

// purgeRelationshipEdge removes one relationship.
func purgeRelationshipEdge(ctx context.Context, tx neo4j.ManagedTransaction, relationshipType, guid string) error {
	statement, err := cypher.DeleteRelationship(relationshipType)
	if err != nil {
		return err
	}
	return run(ctx, tx, statement, map[string]any{"guid": guid})
}

// relationshipChange computes the new state of a locked relationship from
// its stored state (nil when nothing is stored).
type relationshipChange func(tx neo4j.ManagedTransaction, stored *storedRelationship) (*storedRelationship, error)

// changeRelationship runs one relationship change as one transaction and
// returns the stored result with its end proxies.
func (s *Store) changeRelationship(ctx context.Context, op, guid string, change relationshipChange) (*typesystem.Relationship, error) {
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockRelationship(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored != nil && stored.tampered {
			return nil, s.sealBroken("relationship", guid)
		}
		updated, err := change(tx, stored)
		if err != nil {
			return nil, err
		}
		return nil, s.writeRelationship(ctx, tx, updated)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	return s.readBack(ctx, op, guid)
}

// readBack reads a relationship just written, with its end proxies.
func (s *Store) readBack(ctx context.Context, op, guid string) (*typesystem.Relationship, error) {
	relationship, err := s.readRelationship(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if relationship == nil {
		return nil, s.relationshipNotKnown(op, guid)
	}
	return relationship, nil
}

// liveRelationship returns the stored relationship that op may change: it
// must exist, not be soft-deleted, and be homed here.
func (s *Store) liveRelationship(op, guid string, stored *storedRelationship) (*storedRelationship, error) {
	if stored == nil || stored.relationship.Status == typesystem.StatusDeleted {
		return nil, s.relationshipNotKnown(op, guid)
	}
	return stored, s.requireRelationshipUpdatable(op, guid, stored)
}

func (s *Store) requireRelationshipUpdatable(op, guid string, stored *storedRelationship) error {
	if !s.isUpdatable(&stored.relationship.InstanceAuditHeader) {
		return typesystem.NewError(typesystem.KindInvalidParameter, "guid",
			"%s cannot change relationship %s: it is a reference copy homed in metadata collection %s; send the change to that repository",
			op, guid, stored.relationship.MetadataCollectionID)
	}
	return nil
}
