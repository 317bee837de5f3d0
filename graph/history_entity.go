package graph

import (
	"context"
	"errors"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// errNoEarlierVersion stops an undo that has nothing to go back to; the
// operation then returns no instance and no error.
var errNoEarlierVersion = errors.New("no earlier version")

// entityTimeline is the stored history of an entity: its current state and
// every earlier version of it and of its classifications.
type entityTimeline struct {
	current         *storedEntity
	versions        []*typesystem.EntityDetail // earlier versions, then the current one
	spans           []span
	classifications []*typesystem.Classification // every version of every classification
	classSpans      []span
	classOrder      []int64
}

// readEntityTimeline reads an entity's timeline in one read transaction. A
// nil current means nothing is stored under guid.
func (s *Store) readEntityTimeline(ctx context.Context, guid string) (*entityTimeline, error) {
	result, err := s.readTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		current, err := s.readEntityIn(ctx, tx, guid)
		if err != nil || current == nil {
			return &entityTimeline{}, err
		}
		earlier, err := readVersions(ctx, tx, cypher.EntityVersions, guid)
		if err != nil {
			return nil, err
		}
		classifications, err := readVersions(ctx, tx, cypher.ClassificationVersions, guid)
		if err != nil {
			return nil, err
		}
		return s.buildEntityTimeline(current, earlier, classifications)
	})
	if err != nil {
		return nil, err
	}
	return result.(*entityTimeline), nil
}

func (s *Store) buildEntityTimeline(current *storedEntity, earlier, classifications []storedVersion) (*entityTimeline, error) {
	timeline := &entityTimeline{current: current}
	for _, version := range earlier {
		entity := &typesystem.EntityDetail{}
		if err := decodeJSON(version.instance, entity); err != nil {
			return nil, err
		}
		timeline.versions = append(timeline.versions, entity)
		timeline.spans = append(timeline.spans, version.span)
	}
	for _, version := range classifications {
		classification := &typesystem.Classification{}
		if err := decodeJSON(version.instance, classification); err != nil {
			return nil, err
		}
		timeline.classifications = append(timeline.classifications, classification)
		timeline.classSpans = append(timeline.classSpans, version.span)
		timeline.classOrder = append(timeline.classOrder, version.order)
	}
	if current.detail != nil {
		timeline.versions = append(timeline.versions, current.detail)
		timeline.spans = append(timeline.spans, span{from: startOf(&current.detail.InstanceAuditHeader), to: forever})
	}
	for i, classification := range current.classifications() {
		timeline.classifications = append(timeline.classifications, classification)
		timeline.classSpans = append(timeline.classSpans, span{from: startOf(&classification.InstanceAuditHeader), to: forever})
		timeline.classOrder = append(timeline.classOrder, int64(i))
	}
	return timeline, nil
}

// classificationsAt returns the classifications valid at t, one per name,
// in their order on the entity, or nil.
func (timeline *entityTimeline) classificationsAt(t int64) []*typesystem.Classification {
	latest := map[string]int{}
	for i, classification := range timeline.classifications {
		if timeline.classSpans[i].contains(t) {
			latest[classification.Name] = i
		}
	}
	for name, i := range latest {
		if timeline.classifications[i].Status == typesystem.StatusDeleted {
			delete(latest, name)
		}
	}
	if len(latest) == 0 {
		return nil
	}
	positions := make([]int, 0, len(latest))
	for _, i := range latest {
		positions = append(positions, i)
	}
	sort.Slice(positions, func(a, b int) bool { return timeline.classOrder[positions[a]] < timeline.classOrder[positions[b]] })
	out := make([]*typesystem.Classification, 0, len(positions))
	for _, i := range positions {
		out = append(out, timeline.classifications[i])
	}
	return out
}

// versionAt returns the version of the entity valid at t, with the
// classifications it had then, or nil when none was.
func (timeline *entityTimeline) versionAt(t int64) *typesystem.EntityDetail {
	i := latestAt(timeline.spans, t)
	if i < 0 {
		return nil
	}
	entity := *timeline.versions[i]
	entity.Classifications = timeline.classificationsAt(t)
	return &entity
}

// entityAt returns the entity as getEntityDetail reports it for a past time.
func (s *Store) entityAt(ctx context.Context, op, guid string, asOfTime typesystem.Millis) (*typesystem.EntityDetail, error) {
	timeline, err := s.readEntityTimeline(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if timeline.current == nil {
		return nil, s.entityNotKnown(op, guid)
	}
	if timeline.current.proxy != nil {
		return nil, s.proxyOnly(op, guid, timeline.current.proxy)
	}
	entity := timeline.versionAt(int64(asOfTime))
	if entity == nil || entity.Status == typesystem.StatusDeleted {
		return nil, s.entityNotKnown(op, guid)
	}
	s.fixEntityProvenance(entity)
	return entity, nil
}

func (s *Store) proxyOnly(op, guid string, proxy *typesystem.EntityProxy) error {
	return typesystem.NewError(typesystem.KindEntityProxyOnly, "guid",
		"%s found only a proxy for entity %s in repository %s; the full entity is held by its home repository %s",
		op, guid, s.collectionName, proxy.MetadataCollectionID)
}

// GetEntityDetailHistory returns the versions of an entity valid at some
// time in [fromTime, toTime), newest first unless FORWARDS is asked, paged.
// Soft-deleted versions are included.
func (s *Store) GetEntityDetailHistory(ctx context.Context, userID, guid string, request *typesystem.HistoryRangeRequest) ([]*typesystem.EntityDetail, error) {
	const op = "getEntityDetailHistory"
	if err := requireGUID(guid, "guid", op); err != nil {
		return nil, err
	}
	window, err := s.historyWindowOf(op, request)
	if err != nil {
		return nil, err
	}

	timeline, err := s.readEntityTimeline(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if timeline.current == nil {
		return nil, s.entityNotKnown(op, guid)
	}
	if timeline.current.proxy != nil {
		return nil, s.proxyOnly(op, guid, timeline.current.proxy)
	}

	chosen, startedBefore := window.pick(timeline.spans)
	if !startedBefore {
		return nil, s.entityNotKnown(op, guid)
	}
	var out []*typesystem.EntityDetail
	for _, i := range chosen {
		entity := *timeline.versions[i]
		entity.Classifications = timeline.classificationsAt(timeline.spans[i].from)
		s.fixEntityProvenance(&entity)
		out = append(out, &entity)
	}
	return out, nil
}

// UndoEntityUpdate stores the content of the version before the current one
// (properties, status and type) as a new version. Classifications keep
// their own history and are not touched. With no earlier version it
// returns nil and changes nothing.
func (s *Store) UndoEntityUpdate(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error) {
	const op = "undoEntityUpdate"
	if err := requireGUID(guid, "entityGUID", op); err != nil {
		return nil, err
	}
	entity, err := s.changeEntity(ctx, op, guid, func(tx neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		entity, err := s.liveEntity(op, guid, stored)
		if err != nil {
			return nil, err
		}
		earlier, err := readVersions(ctx, tx, cypher.EntityVersions, guid)
		if err != nil {
			return nil, err
		}
		if len(earlier) == 0 {
			return nil, errNoEarlierVersion
		}
		previous := &typesystem.EntityDetail{}
		if err := decodeJSON(earlier[len(earlier)-1].instance, previous); err != nil {
			return nil, err
		}
		if previous.Status == typesystem.StatusDeleted {
			return nil, s.entityNotKnown(op, guid)
		}
		entity.Properties = previous.Properties
		entity.Status = previous.Status
		entity.StatusOnDelete = previous.StatusOnDelete
		entity.Type = previous.Type
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		return entity, nil
	})
	if errors.Is(err, errNoEarlierVersion) {
		return nil, nil
	}
	return entity, err
}
