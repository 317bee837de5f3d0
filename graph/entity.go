package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// readEntity returns the entity or proxy stored under guid, or nil when
// there is none.
func (s *Store) readEntity(ctx context.Context, guid string) (*storedEntity, error) {
	result, err := s.readTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return s.readEntityIn(ctx, tx, guid)
	})
	if err != nil || result == nil {
		return nil, err
	}
	stored := result.(*storedEntity)
	if stored == nil {
		return nil, nil
	}
	s.fixStoredProvenance(stored)
	return stored, nil
}

// readEntityIn reads the entity or proxy stored under guid inside tx, after
// checking its seals, without the read-time provenance rules.
func (s *Store) readEntityIn(ctx context.Context, tx neo4j.ManagedTransaction, guid string) (*storedEntity, error) {
	records, err := tx.Run(ctx, cypher.EntityByGUID, map[string]any{"guid": guid})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	if err := s.checkEntitySeals(all[0], guid); err != nil {
		return nil, err
	}
	stored, err := decodeStoredEntity(all[0], "proxy", "instance", "classifications")
	if err != nil {
		return nil, err
	}
	return &stored, nil
}

// fixStoredProvenance applies the read-time provenance rules to whichever
// form is stored.
func (s *Store) fixStoredProvenance(stored *storedEntity) {
	if stored.detail != nil {
		s.fixEntityProvenance(stored.detail)
	} else {
		s.fixProxyProvenance(stored.proxy)
	}
}

func (s *Store) entityNotKnown(op, guid string) error {
	return typesystem.NewError(typesystem.KindEntityNotKnown, "guid",
		"%s found no entity with GUID %s in repository %s; check the GUID, the entity may have been deleted or purged",
		op, guid, s.collectionName)
}

// IsEntityKnown returns the full entity stored under guid, whatever its
// status, or nil (and no error) when no full entity is stored: unknown GUIDs
// and proxies both give nil.
func (s *Store) IsEntityKnown(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error) {
	const op = "isEntityKnown"
	if err := requireGUID(guid, "guid", op); err != nil {
		return nil, err
	}
	stored, err := s.readEntity(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if stored == nil || stored.detail == nil {
		return nil, nil
	}
	return stored.detail, nil
}

// GetEntitySummary returns the header and classifications of the entity
// stored under guid: an EntitySummary for a full entity, the EntityProxy
// itself when only a proxy is stored. It fails with EntityNotKnown when
// nothing is stored or the entity is soft-deleted.
func (s *Store) GetEntitySummary(ctx context.Context, userID, guid string) (typesystem.EntitySummaryPayload, error) {
	const op = "getEntitySummary"
	if err := requireGUID(guid, "guid", op); err != nil {
		return nil, err
	}
	stored, err := s.readEntity(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if stored == nil || stored.header().Status == typesystem.StatusDeleted {
		return nil, s.entityNotKnown(op, guid)
	}
	if stored.proxy != nil {
		return stored.proxy, nil
	}
	return stored.detail.Summary(), nil
}

// GetEntityDetail returns the entity stored under guid as it was at
// asOfTime (nil means now). It fails with EntityNotKnown when the entity is
// unknown, soft-deleted, or did not exist at asOfTime, and with
// EntityProxyOnly when only a proxy is stored.
func (s *Store) GetEntityDetail(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) (*typesystem.EntityDetail, error) {
	const op = "getEntityDetail"
	if err := requireGUID(guid, "guid", op); err != nil {
		return nil, err
	}
	if err := s.checkAsOfTime(asOfTime, op); err != nil {
		return nil, err
	}
	if asOfTime != nil {
		return s.entityAt(ctx, op, guid, *asOfTime)
	}
	stored, err := s.readEntity(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if stored == nil {
		return nil, s.entityNotKnown(op, guid)
	}
	if stored.proxy != nil {
		return nil, s.proxyOnly(op, guid, stored.proxy)
	}
	if stored.detail.Status == typesystem.StatusDeleted {
		return nil, s.entityNotKnown(op, guid)
	}
	return stored.detail, nil
}
