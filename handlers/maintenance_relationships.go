package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func addRelationship(s *Server, c *call) (typesystem.Response, error) {
	return createRelationship(c, s.repo.AddRelationship)
}

func addExternalRelationship(s *Server, c *call) (typesystem.Response, error) {
	return createRelationship(c, s.repo.AddExternalRelationship)
}

// createRelationship reads the RelationshipCreateRequest body of
// addRelationship or addExternalRelationship and passes it to create
// unchecked, because every member is subject to repository rules.
func createRelationship(c *call,
	create func(context.Context, string, *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error),
) (typesystem.Response, error) {
	var req typesystem.RelationshipCreateRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	logType(c, req.RelationshipTypeGUID, "")

	rel, err := create(c.ctx(), c.userID, &req)
	return relationshipResult(c, "of type "+req.RelationshipTypeGUID, rel, err)
}

func updateRelationshipProperties(s *Server, c *call) (typesystem.Response, error) {
	guid, properties, err := readGUIDProperties(c)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.UpdateRelationshipProperties(c.ctx(), c.userID, guid, properties)
	return relationshipResult(c, guid, rel, err)
}

func deleteRelationship(s *Server, c *call) (typesystem.Response, error) {
	guid, req, err := readTypeDefValidation(c, nil)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.DeleteRelationship(c.ctx(), c.userID, req.TypeDefGUID, req.TypeDefName, guid)
	return relationshipResult(c, guid, rel, err)
}

func purgeRelationship(s *Server, c *call) (typesystem.Response, error) {
	guid, req, err := readTypeDefValidation(c, nil)
	if err != nil {
		return nil, err
	}
	return voidResult(s.repo.PurgeRelationship(c.ctx(), c.userID, req.TypeDefGUID, req.TypeDefName, guid))
}

// restoreRelationship serves POST with an optional GetRequest body and the
// GET that Egeria clients sent before February 2026.
func restoreRelationship(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.RestoreRelationship(c.ctx(), c.userID, guid)
	return relationshipResult(c, guid, rel, err)
}
