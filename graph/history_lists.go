package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/queries"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// GetClassificationHistory returns the versions of one classification of an
// entity valid at some time in [fromTime, toTime), ordered and paged.
func (s *Store) GetClassificationHistory(ctx context.Context, userID, guid, classificationName string, request *typesystem.HistoryRangeRequest) ([]*typesystem.Classification, error) {
	const op = "getClassificationHistory"
	if err := requireIDs(op, "guid", guid, "classificationName", classificationName); err != nil {
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

	// TODO: a declassified classification ends with its last version; the
	// final DELETED version that Egeria's PostgreSQL store adds is not kept.
	var versions []*typesystem.Classification
	var spans []span
	for i, classification := range timeline.classifications {
		if classification.Name == classificationName {
			versions = append(versions, classification)
			spans = append(spans, timeline.classSpans[i])
		}
	}
	chosen, _ := window.pick(spans)
	var out []*typesystem.Classification
	for _, i := range chosen {
		s.fixProvenance(&versions[i].InstanceAuditHeader)
		out = append(out, versions[i])
	}
	return out, nil
}

// homeClassificationsAt returns the classifications homed here that an
// entity had at a past time, as getHomeClassifications reports them.
func (s *Store) homeClassificationsAt(ctx context.Context, op, guid string, asOfTime typesystem.Millis) ([]*typesystem.Classification, error) {
	timeline, err := s.readEntityTimeline(ctx, guid)
	if err != nil {
		return nil, storeError(op, err)
	}
	if timeline.current == nil {
		return nil, s.entityNotKnown(op, guid)
	}
	var home []*typesystem.Classification
	for _, classification := range timeline.classificationsAt(int64(asOfTime)) {
		if classification.MetadataCollectionID == s.collectionID || classification.MetadataCollectionID == "" {
			s.fixProvenance(&classification.InstanceAuditHeader)
			home = append(home, classification)
		}
	}
	return home, nil
}

// relationshipsAt returns getRelationshipsForEntity's result for a past
// time. It takes every relationship attached to the entity then, in the
// version valid then, and filters, orders and pages them in memory.
func (s *Store) relationshipsAt(ctx context.Context, op, entityGUID string, query queries.RelationshipsForEntity,
	asOfTime typesystem.Millis) ([]*typesystem.Relationship, error) {
	t := int64(asOfTime)
	timeline, err := s.readEntityTimeline(ctx, entityGUID)
	if err != nil {
		return nil, storeError(op, err)
	}
	if timeline.current == nil {
		return nil, s.entityNotKnown(op, entityGUID)
	}
	if timeline.current.detail != nil {
		entity := timeline.versionAt(t)
		if entity == nil || entity.Status == typesystem.StatusDeleted {
			return nil, s.entityNotKnown(op, entityGUID)
		}
	}
	result, err := s.readTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return s.relationshipVersionsAt(ctx, tx, entityGUID, t)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	var matching []*typesystem.Relationship
	for _, relationship := range result.([]*typesystem.Relationship) {
		if keepRelationship(relationship, query) {
			matching = append(matching, relationship)
		}
	}
	sortRelationships(matching, query)
	if query.Offset >= len(matching) {
		return nil, nil
	}
	matching = matching[query.Offset:]
	if query.Limit > 0 && len(matching) > query.Limit {
		matching = matching[:query.Limit]
	}
	return matching, nil
}

// relationshipVersionsAt returns, for every relationship attached to the
// entity now or in an earlier version, the version valid at t, with end
// proxies describing the ends as they are now.
func (s *Store) relationshipVersionsAt(ctx context.Context, tx neo4j.ManagedTransaction, entityGUID string, t int64) ([]*typesystem.Relationship, error) {
	current, err := readAttachedRelationships(ctx, tx, entityGUID)
	if err != nil {
		return nil, err
	}
	records, err := tx.Run(ctx, cypher.RelationshipVersionsOfEntity, map[string]any{"guid": entityGUID})
	if err != nil {
		return nil, err
	}
	all, err := records.Collect(ctx)
	if err != nil {
		return nil, err
	}
	type candidate struct {
		instance   string
		end1, end2 string
		span
	}
	byGUID := map[string][]candidate{}
	for _, record := range all {
		values := record.AsMap()
		guid, _ := values["guid"].(string)
		var c candidate
		c.from, _ = values["validFrom"].(int64)
		c.to, _ = values["validTo"].(int64)
		c.end1, _ = values["end1"].(string)
		c.end2, _ = values["end2"].(string)
		c.instance, _ = values["instance"].(string)
		byGUID[guid] = append(byGUID[guid], c)
	}
	for _, state := range current {
		instance, err := encodeJSON(state.relationship)
		if err != nil {
			return nil, err
		}
		byGUID[state.relationship.GUID] = append(byGUID[state.relationship.GUID], candidate{instance: instance,
			end1: state.end1, end2: state.end2, span: span{from: startOf(&state.relationship.InstanceAuditHeader), to: forever}})
	}
	var rows []relationshipRowData
	var ends []string
	for _, candidates := range byGUID {
		spans := make([]span, len(candidates))
		for i, c := range candidates {
			spans[i] = c.span
		}
		i := latestAt(spans, t)
		if i < 0 {
			continue
		}
		relationship := &typesystem.Relationship{}
		if err := decodeJSON(candidates[i].instance, relationship); err != nil {
			return nil, fmt.Errorf("decode relationship version: %w", err)
		}
		rows = append(rows, relationshipRowData{relationship: relationship, end1: candidates[i].end1, end2: candidates[i].end2})
		ends = append(ends, candidates[i].end1, candidates[i].end2)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	proxies, err := readEndProxies(ctx, tx, ends)
	if err != nil {
		return nil, err
	}
	return s.assembleRelationships(rows, proxies)
}

// keepRelationship applies the type and status filters of a query.
func keepRelationship(relationship *typesystem.Relationship, query queries.RelationshipsForEntity) bool {
	if query.RelationshipTypes != nil {
		found := false
		for _, name := range query.RelationshipTypes {
			found = found || name == relationship.TypeName()
		}
		if !found {
			return false
		}
	}
	if len(query.Statuses) == 0 {
		return relationship.Status != typesystem.StatusDeleted
	}
	for _, status := range query.Statuses {
		if string(relationship.Status) == status {
			return true
		}
	}
	return false
}

// sortRelationships orders relationships as the query's Cypher would:
// by the sequencing order, then by GUID.
func sortRelationships(relationships []*typesystem.Relationship, query queries.RelationshipsForEntity) {
	key := func(r *typesystem.Relationship) (int64, int64) {
		created, updated := int64(0), int64(0)
		if r.CreateTime != nil {
			created = int64(*r.CreateTime)
		}
		if r.UpdateTime != nil {
			updated = int64(*r.UpdateTime)
		}
		return created, updated
	}
	sort.SliceStable(relationships, func(i, j int) bool {
		a, b := relationships[i], relationships[j]
		createdA, updatedA := key(a)
		createdB, updatedB := key(b)
		switch query.Order {
		case queries.OrderGUID:
		case queries.OrderCreationDateOldest:
			if createdA != createdB {
				return createdA < createdB
			}
		case queries.OrderLastUpdateRecent:
			if updatedA != updatedB {
				return updatedA > updatedB
			}
		case queries.OrderLastUpdateOldest:
			if updatedA != updatedB {
				return updatedA < updatedB
			}
		default:
			if createdA != createdB {
				return createdA > createdB
			}
		}
		return a.GUID < b.GUID
	})
}
