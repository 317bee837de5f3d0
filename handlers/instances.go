package handlers

import (
	"fmt"
	"reflect"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// readGUID reads the {guid} path value and the optional GetRequest body that
// read operations accept.
func readGUID(c *call) (string, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return "", err
	}
	if _, err := c.decodeBody(&typesystem.GetRequest{}); err != nil {
		return "", err
	}
	return guid, nil
}

// readGUIDAsOf reads the {guid} path value and the HistoryRequest body of a
// /history path. An absent asOfTime means now.
func readGUIDAsOf(c *call) (string, *typesystem.Millis, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return "", nil, err
	}
	var req typesystem.HistoryRequest
	if err := c.requireBody(&req); err != nil {
		return "", nil, err
	}
	return guid, req.AsOfTime, nil
}

func isEntityKnown(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.IsEntityKnown(c.ctx(), c.userID, guid)
	if err != nil {
		return nil, err
	}
	return &typesystem.EntityDetailResponse{Entity: entity}, nil
}

func getEntitySummary(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.GetEntitySummary(c.ctx(), c.userID, guid)
	if err != nil {
		return nil, err
	}
	if entity == nil || reflect.ValueOf(entity).IsNil() {
		return nil, missingResult(c.op, guid)
	}
	return &typesystem.EntitySummaryResponse{Entity: entity}, nil
}

func getEntityDetail(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	return entityDetail(s, c, guid, nil)
}

func getEntityDetailAsOf(s *Server, c *call) (typesystem.Response, error) {
	guid, asOfTime, err := readGUIDAsOf(c)
	if err != nil {
		return nil, err
	}
	return entityDetail(s, c, guid, asOfTime)
}

func entityDetail(s *Server, c *call, guid string, asOfTime *typesystem.Millis) (typesystem.Response, error) {
	entity, err := s.repo.GetEntityDetail(c.ctx(), c.userID, guid, asOfTime)
	if err != nil {
		return nil, err
	}
	if entity == nil {
		return nil, missingResult(c.op, guid)
	}
	return &typesystem.EntityDetailResponse{Entity: entity}, nil
}

func isRelationshipKnown(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.IsRelationshipKnown(c.ctx(), c.userID, guid)
	if err != nil {
		return nil, err
	}
	return &typesystem.RelationshipResponse{Relationship: rel}, nil
}

func getRelationship(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	return relationship(s, c, guid, nil)
}

func getRelationshipAsOf(s *Server, c *call) (typesystem.Response, error) {
	guid, asOfTime, err := readGUIDAsOf(c)
	if err != nil {
		return nil, err
	}
	return relationship(s, c, guid, asOfTime)
}

func relationship(s *Server, c *call, guid string, asOfTime *typesystem.Millis) (typesystem.Response, error) {
	rel, err := s.repo.GetRelationship(c.ctx(), c.userID, guid, asOfTime)
	if err != nil {
		return nil, err
	}
	if rel == nil {
		return nil, missingResult(c.op, guid)
	}
	return &typesystem.RelationshipResponse{Relationship: rel}, nil
}

// getRelationshipsForEntity serves the current form, whose body is a
// TypeLimitedFindRequest. Any asOfTime in that body is ignored, because only
// the /history path selects a point in time.
func getRelationshipsForEntity(s *Server, c *call) (typesystem.Response, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return nil, err
	}
	var current typesystem.TypeLimitedFindRequest
	if err := c.requireBody(&current); err != nil {
		return nil, err
	}
	req := typesystem.TypeLimitedHistoricalFindRequest{
		RequestID:            current.RequestID,
		LimitResultsByStatus: current.LimitResultsByStatus,
		SequencingProperty:   current.SequencingProperty,
		SequencingOrder:      current.SequencingOrder,
		Offset:               current.Offset,
		PageSize:             current.PageSize,
		TypeGUID:             current.TypeGUID,
	}
	return relationshipsForEntity(s, c, guid, &req)
}

func getRelationshipsForEntityAsOf(s *Server, c *call) (typesystem.Response, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return nil, err
	}
	var req typesystem.TypeLimitedHistoricalFindRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	return relationshipsForEntity(s, c, guid, &req)
}

func relationshipsForEntity(s *Server, c *call, guid string, req *typesystem.TypeLimitedHistoricalFindRequest) (typesystem.Response, error) {
	if req.TypeGUID != "" {
		c.logFields["typeGUID"] = req.TypeGUID
	}
	rels, err := s.repo.GetRelationshipsForEntity(c.ctx(), c.userID, guid, req)
	if err != nil {
		return nil, err
	}

	resp := &typesystem.RelationshipListResponse{}
	if len(rels) > 0 {
		resp.Relationships = rels
		resp.Offset = req.Offset
		resp.PageSize = req.PageSize
	}
	return resp, nil
}

// missingResult reports a repository that returned neither a result nor an
// error where the operation must return one or fail. It is not a
// *typesystem.Error, so the caller sees a generic RepositoryErrorException
// and the log records the cause.
func missingResult(op, guid string) error {
	return fmt.Errorf("%s %s: repository returned neither a result nor an error", op, guid)
}
