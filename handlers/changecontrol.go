package handlers

import (
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// reIdentifyEntityQuery is the query of reIdentifyEntity.
type reIdentifyEntityQuery struct {
	NewGUID string `query:"newEntityGUID" validate:"required"`
}

// reIdentifyRelationshipQuery is the query of reIdentifyRelationship.
type reIdentifyRelationshipQuery struct {
	NewGUID string `query:"newRelationshipGUID" validate:"required"`
}

// reHomeQuery is the query of reHomeEntity and reHomeRelationship. Egeria's
// client leaves out newHomeMetadataCollectionName when it has no name.
type reHomeQuery struct {
	NewHomeID   string `query:"newHomeMetadataCollectionId" validate:"required"`
	NewHomeName string `query:"newHomeMetadataCollectionName"`
}

func reIdentifyEntity(s *Server, c *call) (typesystem.Response, error) {
	var q reIdentifyEntityQuery
	guid, req, err := readTypeDefValidation(c, &q)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.ReIdentifyEntity(c.ctx(), c.userID, req.TypeDefGUID, req.TypeDefName, guid, q.NewGUID)
	return entityResult(c, guid, entity, err)
}

func reIdentifyRelationship(s *Server, c *call) (typesystem.Response, error) {
	var q reIdentifyRelationshipQuery
	guid, req, err := readTypeDefValidation(c, &q)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.ReIdentifyRelationship(c.ctx(), c.userID, req.TypeDefGUID, req.TypeDefName, guid, q.NewGUID)
	return relationshipResult(c, guid, rel, err)
}

// readTypeChange reads the {guid} path value and the required
// TypeDefChangeRequest body with both of its type summaries. A summary may
// arrive as a whole TypeDef, whose extra members are ignored.
func readTypeChange(c *call) (string, *typesystem.TypeDefChangeRequest, error) {
	guid, err := c.requiredParam("guid")
	if err != nil {
		return "", nil, err
	}
	var req typesystem.TypeDefChangeRequest
	if err := c.requireBody(&req); err != nil {
		return "", nil, err
	}
	if req.CurrentTypeDef == nil {
		return "", nil, missingField(c.op, req.Class(), "currentTypeDef")
	}
	if req.NewTypeDef == nil {
		return "", nil, missingField(c.op, req.Class(), "newTypeDef")
	}
	logType(c, req.NewTypeDef.GUID, req.NewTypeDef.Name)
	return guid, &req, nil
}

func reTypeEntity(s *Server, c *call) (typesystem.Response, error) {
	guid, req, err := readTypeChange(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.ReTypeEntity(c.ctx(), c.userID, guid, req.CurrentTypeDef, req.NewTypeDef)
	return entityResult(c, guid, entity, err)
}

func reTypeRelationship(s *Server, c *call) (typesystem.Response, error) {
	guid, req, err := readTypeChange(c)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.ReTypeRelationship(c.ctx(), c.userID, guid, req.CurrentTypeDef, req.NewTypeDef)
	return relationshipResult(c, guid, rel, err)
}

// reHomeRequest is the decoded request of reHomeEntity or
// reHomeRelationship.
type reHomeRequest struct {
	guid   string
	homeID string // the current home as the caller believes it
	query  reHomeQuery
	types  *typesystem.TypeDefValidationForRequest
}

func readReHome(c *call) (*reHomeRequest, error) {
	r := &reHomeRequest{}
	var err error
	r.homeID, err = c.requiredParam("homeMetadataCollectionId")
	if err != nil {
		return nil, err
	}
	r.guid, r.types, err = readTypeDefValidation(c, &r.query)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func reHomeEntity(s *Server, c *call) (typesystem.Response, error) {
	r, err := readReHome(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.ReHomeEntity(c.ctx(), c.userID, r.guid, r.types.TypeDefGUID, r.types.TypeDefName,
		r.homeID, r.query.NewHomeID, r.query.NewHomeName)
	return entityResult(c, r.guid, entity, err)
}

func reHomeRelationship(s *Server, c *call) (typesystem.Response, error) {
	r, err := readReHome(c)
	if err != nil {
		return nil, err
	}
	rel, err := s.repo.ReHomeRelationship(c.ctx(), c.userID, r.guid, r.types.TypeDefGUID, r.types.TypeDefName,
		r.homeID, r.query.NewHomeID, r.query.NewHomeName)
	return relationshipResult(c, r.guid, rel, err)
}
