package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func addEntity(s *Server, c *call) (typesystem.Response, error) {
	return createEntity(c, s.repo.AddEntity)
}

func addExternalEntity(s *Server, c *call) (typesystem.Response, error) {
	return createEntity(c, s.repo.AddExternalEntity)
}

// createEntity reads the EntityCreateRequest body of addEntity or
// addExternalEntity and passes it to create unchecked, because every member
// is subject to repository rules.
func createEntity(c *call,
	create func(context.Context, string, *typesystem.EntityCreateRequest) (*typesystem.EntityDetail, error),
) (typesystem.Response, error) {
	var req typesystem.EntityCreateRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	logType(c, req.EntityTypeGUID, "")

	entity, err := create(c.ctx(), c.userID, &req)
	return entityResult(c, "of type "+req.EntityTypeGUID, entity, err)
}

func addEntityProxy(s *Server, c *call) (typesystem.Response, error) {
	proxy, err := readEntityProxy(c)
	if err != nil {
		return nil, err
	}
	return voidResult(s.repo.AddEntityProxy(c.ctx(), c.userID, proxy))
}

// readEntityProxy reads the required EntityProxyRequest body and its
// required entity member.
func readEntityProxy(c *call) (*typesystem.EntityProxy, error) {
	var req typesystem.EntityProxyRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.Entity == nil {
		return nil, missingField(c.op, req.Class(), "entity")
	}
	logInstance(c, req.Entity.GUID)
	return req.Entity, nil
}

func updateEntityProperties(s *Server, c *call) (typesystem.Response, error) {
	guid, properties, err := readGUIDProperties(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.UpdateEntityProperties(c.ctx(), c.userID, guid, properties)
	return entityResult(c, guid, entity, err)
}

func deleteEntity(s *Server, c *call) (typesystem.Response, error) {
	guid, req, err := readTypeDefValidation(c, nil)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.DeleteEntity(c.ctx(), c.userID, req.TypeDefGUID, req.TypeDefName, guid)
	return entityResult(c, guid, entity, err)
}

func purgeEntity(s *Server, c *call) (typesystem.Response, error) {
	guid, req, err := readTypeDefValidation(c, nil)
	if err != nil {
		return nil, err
	}
	return voidResult(s.repo.PurgeEntity(c.ctx(), c.userID, req.TypeDefGUID, req.TypeDefName, guid))
}

// restoreEntity serves POST with an optional GetRequest body and the GET
// that Egeria clients sent before February 2026.
func restoreEntity(s *Server, c *call) (typesystem.Response, error) {
	guid, err := readGUID(c)
	if err != nil {
		return nil, err
	}
	entity, err := s.repo.RestoreEntity(c.ctx(), c.userID, guid)
	return entityResult(c, guid, entity, err)
}
