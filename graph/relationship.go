package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// collectRelationships runs a statement whose columns are those of
// cypher.RelationshipReturn and decodes every row, keeping their order. The
// end entities are read in the same transaction, each distinct end once.
func (s *Store) collectRelationships(ctx context.Context, text string, params map[string]any) ([]*typesystem.Relationship, error) {
	result, err := s.readTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		records, err := tx.Run(ctx, text, params)
		if err != nil {
			return nil, err
		}
		all, err := records.Collect(ctx)
		if err != nil {
			return nil, err
		}
		rows := make([]relationshipRowData, 0, len(all))
		var ends []string
		for _, record := range all {
			row, err := s.decodeRelationshipRow(record)
			if err != nil {
				return nil, err
			}
			rows = append(rows, row)
			ends = append(ends, row.end1, row.end2)
		}
		if len(rows) == 0 {
			return []*typesystem.Relationship(nil), nil
		}
		proxies, err := readEndProxies(ctx, tx, ends)
		if err != nil {
			return nil, err
		}
		return s.assembleRelationships(rows, proxies)
	})
	if err != nil {
		return nil, err
	}
	return result.([]*typesystem.Relationship), nil
}

// readRelationship returns the relationship stored under guid, or nil.
func (s *Store) readRelationship(ctx context.Context, guid string) (*typesystem.Relationship, error) {
	types := s.storedRelationshipTypes()
	if len(types) == 0 {
		return nil, nil
	}
	text, err := cypher.RelationshipByGUID(types)
	if err != nil {
		return nil, err
	}
	relationships, err := s.collectRelationships(ctx, text, map[string]any{"guid": guid})
	if err != nil || len(relationships) == 0 {
		return nil, err
	}
	return relationships[0], nil
}

func (s *Store) relationshipNotKnown(op, guid string) error {
	return typesystem.NewError(typesystem.KindRelationshipNotKnown, "guid",
		"%s found no relationship with GUID %s in repository %s; check the GUID, the relationship may have been deleted or purged",
		op, guid, s.collectionName)
}

// IsRelationshipKnown returns the relationship stored under guid, whatever
// its status, or nil (and no error) when none is stored.
func (s *Store) IsRelationshipKnown(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	const op = "isRelationshipKnown"
	if err := requireGUID(guid, "guid", op); err != nil {
		return nil, err
	}
	relationship, err := s.readRelationship(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	return relationship, nil
}

// GetRelationship returns the relationship stored under guid as it was at
// asOfTime (nil means now). It fails with RelationshipNotKnown when the
// relationship is unknown, soft-deleted, or did not exist at asOfTime.
func (s *Store) GetRelationship(ctx context.Context, userID, guid string, asOfTime *typesystem.Millis) (*typesystem.Relationship, error) {
	const op = "getRelationship"
	if err := requireGUID(guid, "guid", op); err != nil {
		return nil, err
	}
	if err := s.checkAsOfTime(asOfTime, op); err != nil {
		return nil, err
	}
	if asOfTime != nil {
		return s.relationshipAt(ctx, op, guid, *asOfTime)
	}
	relationship, err := s.readRelationship(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if relationship == nil {
		return nil, s.relationshipNotKnown(op, guid)
	}
	if relationship.Status == typesystem.StatusDeleted {
		return nil, s.relationshipNotKnown(op, guid)
	}
	return relationship, nil
}

// GetRelationshipsForEntity returns the relationships attached to an entity
// or proxy, filtered by relationship type (subtypes included) and status,
// ordered and paged as requested. It returns nil when nothing matches.
func (s *Store) GetRelationshipsForEntity(ctx context.Context, userID, entityGUID string,
	request *typesystem.TypeLimitedHistoricalFindRequest) ([]*typesystem.Relationship, error) {
	const op = "getRelationshipsForEntity"
	if err := requireGUID(entityGUID, "entityGUID", op); err != nil {
		return nil, err
	}
	if request == nil {
		request = &typesystem.TypeLimitedHistoricalFindRequest{}
	}
	query, err := s.relationshipsQuery(op, entityGUID, request)
	if err != nil {
		return nil, err
	}
	if err := s.checkAsOfTime(request.AsOfTime, op); err != nil {
		return nil, err
	}
	if request.AsOfTime != nil {
		// NOTE: PROPERTY orders are not applied to past versions; they sort
		// newest first like ANY.
		return s.relationshipsAt(ctx, op, entityGUID, query, *request.AsOfTime)
	}

	stored, err := s.readEntity(ctx, entityGUID)
	if err != nil {
		return nil, storeError(op, err)
	}
	if stored == nil || stored.header().Status == typesystem.StatusDeleted {
		return nil, s.entityNotKnown(op, entityGUID)
	}
	statement, err := query.Compile()
	if err != nil {
		return nil, storeError(op, err)
	}
	relationships, err := s.collectRelationships(ctx, statement.Text, statement.Params)
	if err != nil {
		return nil, storeError(op, err)
	}
	if len(relationships) == 0 {
		return nil, nil
	}
	return relationships, nil
}
