package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// lockEntity reads the raw stored entity or proxy under guid (nil when there
// is none) and holds its write lock until the transaction ends.
func (s *Store) lockEntity(ctx context.Context, tx neo4j.ManagedTransaction, guid string) (*storedEntity, error) {
	records, err := tx.Run(ctx, cypher.LockEntity, map[string]any{"guid": guid})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	stored, err := decodeStoredEntity(all[0], "proxy", "instance", "classifications")
	if err != nil {
		return nil, err
	}
	stored.tampered = s.checkEntitySeals(all[0], guid) != nil
	return &stored, nil
}

// writeEntity stores a full entity with its classifications, replacing what
// is stored under its GUID.
func (s *Store) writeEntity(ctx context.Context, tx neo4j.ManagedTransaction, entity *typesystem.EntityDetail) error {
	row, err := s.entityRow(entity)
	if err != nil {
		return err
	}
	return s.writeEntityRows(ctx, tx, []map[string]any{row})
}

// entityChange computes the new state of a locked entity from its stored
// state (nil when nothing is stored). It returns the entity to store, or an
// error that rolls the transaction back.
type entityChange func(tx neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error)

// changeEntity runs one entity change as one transaction: lock and read the
// entity, apply change, store the result. A rejected change stores nothing.
func (s *Store) changeEntity(ctx context.Context, op, guid string, change entityChange) (*typesystem.EntityDetail, error) {
	result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockEntity(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored != nil && stored.tampered {
			return nil, s.sealBroken("entity", guid)
		}
		updated, err := change(tx, stored)
		if err != nil {
			return nil, err
		}
		return updated, s.writeEntity(ctx, tx, updated)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	entity := result.(*typesystem.EntityDetail)
	s.fixEntityProvenance(entity)
	return entity, nil
}

// liveEntity returns a copy of the stored full entity that op may change:
// it must exist, not be soft-deleted, and be homed here (or replicated by
// this repository). Reference copies and proxies are rejected with
// InvalidParameter, as Egeria does.
func (s *Store) liveEntity(op, guid string, stored *storedEntity) (*typesystem.EntityDetail, error) {
	if stored == nil || (stored.detail != nil && stored.detail.Status == typesystem.StatusDeleted) {
		return nil, s.entityNotKnown(op, guid)
	}
	if err := s.requireEntityUpdatable(op, guid, stored); err != nil {
		return nil, err
	}
	copied := *stored.detail
	return &copied, nil
}

// requireEntityUpdatable rejects a change of a proxy or a reference copy.
func (s *Store) requireEntityUpdatable(op, guid string, stored *storedEntity) error {
	if stored.proxy != nil {
		return typesystem.NewError(typesystem.KindInvalidParameter, "guid",
			"%s cannot change entity %s: only a proxy is stored here, and only its home repository %s may change it",
			op, guid, stored.proxy.MetadataCollectionID)
	}
	if !s.isUpdatable(&stored.detail.InstanceAuditHeader) {
		return typesystem.NewError(typesystem.KindInvalidParameter, "guid",
			"%s cannot change entity %s: it is a reference copy homed in metadata collection %s; send the change to that repository",
			op, guid, stored.detail.MetadataCollectionID)
	}
	return nil
}

// checkTypeIDs checks the type a caller names for an instance of typeName:
// the name must be a known type, the GUID its GUID, and the instance of that
// type or a subtype.
func (s *Store) checkTypeIDs(op, typeDefGUID, typeDefName, typeName string) error {
	typeDef, ok := s.registry.TypeDefByName(typeDefName)
	switch {
	case !ok:
		return typesystem.NewError(typesystem.KindInvalidParameter, "typeDefName",
			"%s was given type %q, which is not a known type; pass the instance's type name", op, typeDefName)
	case typeDef.GUID != typeDefGUID:
		return typesystem.NewError(typesystem.KindInvalidParameter, "typeDefGUID",
			"%s was given type GUID %s with type name %s, whose GUID is %s; pass matching values", op, typeDefGUID, typeDefName, typeDef.GUID)
	case !s.registry.IsTypeOf(typeName, typeDefName):
		return typesystem.NewError(typesystem.KindInvalidParameter, "typeDefName",
			"%s was given type %s, but the instance is a %s; pass its type or a supertype", op, typeDefName, typeName)
	}
	return nil
}

// requireIDs returns an InvalidParameterException for the first empty value
// among name/value pairs.
func requireIDs(op string, pairs ...string) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			return typesystem.NewError(typesystem.KindInvalidParameter, pairs[i],
				"%s needs a non-empty %s", op, pairs[i])
		}
	}
	return nil
}
