package handlers

import (
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// The history operations list the stored versions of one instance, and the
// undo operations bring back the content of its previous version.

// readHistoryRange reads the optional HistoryRangeRequest body of a
// /history/all path. An absent body selects every version, newest first,
// unpaged, and an absent sequencingOrder means BACKWARDS.
func readHistoryRange(c *call) (*typesystem.HistoryRangeRequest, error) {
	var req typesystem.HistoryRangeRequest
	if _, err := c.decodeBody(&req); err != nil {
		return nil, err
	}
	if req.SequencingOrder == "" {
		req.SequencingOrder = typesystem.HistoryBackwards
	}
	return &req, nil
}

func getEntityDetailHistory(s *Server, c *call) (typesystem.Response, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return nil, err
	}
	req, err := readHistoryRange(c)
	if err != nil {
		return nil, err
	}

	entities, err := s.repo.GetEntityDetailHistory(c.ctx(), c.userID, guid, req)
	if err != nil {
		return nil, err
	}
	resp := &typesystem.EntityListResponse{}
	if len(entities) > 0 {
		resp.Entities = entities
		resp.Offset, resp.PageSize = req.Offset, req.PageSize
	}
	return resp, nil
}

func getRelationshipHistory(s *Server, c *call) (typesystem.Response, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return nil, err
	}
	req, err := readHistoryRange(c)
	if err != nil {
		return nil, err
	}

	rels, err := s.repo.GetRelationshipHistory(c.ctx(), c.userID, guid, req)
	if err != nil {
		return nil, err
	}
	resp := &typesystem.RelationshipListResponse{}
	if len(rels) > 0 {
		resp.Relationships = rels
		resp.Offset, resp.PageSize = req.Offset, req.PageSize
	}
	return resp, nil
}

func getClassificationHistory(s *Server, c *call) (typesystem.Response, error) {
	guid, classificationName, err := readClassifiedEntity(c)
	if err != nil {
		return nil, err
	}
	req, err := readHistoryRange(c)
	if err != nil {
		return nil, err
	}

	classifications, err := s.repo.GetClassificationHistory(c.ctx(), c.userID, guid, classificationName, req)
	if err != nil {
		return nil, err
	}
	resp := &typesystem.ClassificationListResponse{}
	if len(classifications) > 0 {
		resp.Classifications = classifications
		resp.Offset, resp.PageSize = req.Offset, req.PageSize
	}
	return resp, nil
}

// undoEntityUpdate serves POST with an optional GetRequest body and the GET
// that Egeria clients sent before February 2026. An entity without an
// earlier version gets a response with no entity and no exception.
func undoEntityUpdate(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.UndoEntityUpdate(c.ctx(), c.userID, guid)
	if err != nil {
		return nil, err
	}
	return &typesystem.EntityDetailResponse{Entity: entity}, nil
}

// undoRelationshipUpdate is undoEntityUpdate for a relationship.
func undoRelationshipUpdate(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.UndoRelationshipUpdate(c.ctx(), c.userID, guid)
	if err != nil {
		return nil, err
	}
	return &typesystem.RelationshipResponse{Relationship: rel}, nil
}
