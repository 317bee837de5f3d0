package graph

import (
	"context"
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// relationshipTimeline is a relationship's earlier versions followed by its
// current one, with their validity.
type relationshipTimeline struct {
	versions []*typesystem.Relationship
	spans    []span
}

// readRelationshipTimeline reads a relationship and its earlier versions.
// It returns nil when no relationship is stored under guid. End proxies
// describe the ends as they are now.
func (s *Store) readRelationshipTimeline(ctx context.Context, guid string) (*relationshipTimeline, error) {
	current, err := s.readRelationship(ctx, guid)
	if err != nil || current == nil {
		return nil, err
	}
	earlier, err := s.readVersionsOf(ctx, cypher.RelationshipVersions, guid)
	if err != nil {
		return nil, err
	}
	timeline := &relationshipTimeline{}
	for _, version := range earlier {
		relationship := &typesystem.Relationship{}
		if err := decodeJSON(version.instance, relationship); err != nil {
			return nil, err
		}
		relationship.EntityOneProxy, relationship.EntityTwoProxy = current.EntityOneProxy, current.EntityTwoProxy
		s.fixProvenance(&relationship.InstanceAuditHeader)
		timeline.versions = append(timeline.versions, relationship)
		timeline.spans = append(timeline.spans, version.span)
	}
	timeline.versions = append(timeline.versions, current)
	timeline.spans = append(timeline.spans, span{from: startOf(&current.InstanceAuditHeader), to: forever})
	return timeline, nil
}

// relationshipAt returns the relationship as getRelationship reports it for
// a past time.
func (s *Store) relationshipAt(ctx context.Context, op, guid string, asOfTime typesystem.Millis) (*typesystem.Relationship, error) {
	timeline, err := s.readRelationshipTimeline(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if timeline == nil {
		return nil, s.relationshipNotKnown(op, guid)
	}
	i := latestAt(timeline.spans, int64(asOfTime))
	if i < 0 || timeline.versions[i].Status == typesystem.StatusDeleted {
		return nil, s.relationshipNotKnown(op, guid)
	}
	return timeline.versions[i], nil
}

// GetRelationshipHistory returns the versions of a relationship valid at
// some time in [fromTime, toTime), newest first unless FORWARDS is asked,
// paged.
func (s *Store) GetRelationshipHistory(ctx context.Context, userID, guid string, request *typesystem.HistoryRangeRequest) ([]*typesystem.Relationship, error) {
	const op = "getRelationshipHistory"
	if err := requireGUID(guid, "guid", op); err != nil {
		return nil, err
	}
	window, err := s.historyWindowOf(op, request)
	if err != nil {
		return nil, err
	}
	timeline, err := s.readRelationshipTimeline(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if timeline == nil {
		return nil, s.relationshipNotKnown(op, guid)
	}
	chosen, startedBefore := window.pick(timeline.spans)
	if !startedBefore {
		return nil, s.relationshipNotKnown(op, guid)
	}
	var out []*typesystem.Relationship
	for _, i := range chosen {
		out = append(out, timeline.versions[i])
	}
	return out, nil
}

// UndoRelationshipUpdate stores the content of the version before the
// current one as a new version; with no earlier version it returns nil and
// changes nothing.
func (s *Store) UndoRelationshipUpdate(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	const op = "undoRelationshipUpdate"
	if err := requireGUID(guid, "relationshipGUID", op); err != nil {
		return nil, err
	}
	relationship, err := s.changeRelationship(ctx, op, guid, func(tx neo4j.ManagedTransaction, stored *storedRelationship) (*storedRelationship, error) {
		state, err := s.liveRelationship(op, guid, stored)
		if err != nil {
			return nil, err
		}
		earlier, err := readVersions(ctx, tx, cypher.RelationshipVersions, guid)
		if err != nil {
			return nil, err
		}
		if len(earlier) == 0 {
			return nil, errNoEarlierVersion
		}
		previous := &typesystem.Relationship{}
		if err := decodeJSON(earlier[len(earlier)-1].instance, previous); err != nil {
			return nil, err
		}
		if previous.Status == typesystem.StatusDeleted {
			return nil, s.relationshipNotKnown(op, guid)
		}
		if previous.TypeName() != state.typeName {
			// NOTE: undoing a re-type would need the edge replaced by one of
			// the old type; it is refused rather than done halfway.
			return nil, typesystem.NewError(typesystem.KindFunctionNotSupported, "relationshipGUID",
				"%s cannot undo the re-type of relationship %s; re-type it back with reTypeRelationship", op, guid)
		}
		state.relationship.Properties = previous.Properties
		state.relationship.Status = previous.Status
		state.relationship.StatusOnDelete = previous.StatusOnDelete
		s.touch(ctx, &state.relationship.InstanceAuditHeader, userID)
		return state, nil
	})
	if errors.Is(err, errNoEarlierVersion) {
		return nil, nil
	}
	return relationship, err
}
