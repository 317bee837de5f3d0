package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// homeQuery is the query of the reference-copy operations that name an
// instance by GUID. It carries the home repository as the caller believes
// it.
type homeQuery struct {
	HomeID string `query:"homeMetadataCollectionId" validate:"required"`
}

// entityCopyFunc is a Repository method that takes an entity reference copy.
type entityCopyFunc func(ctx context.Context, userID string, entity *typesystem.EntityDetail) error

// copyByIDFunc is a Repository method that names a reference copy by GUID.
type copyByIDFunc func(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID string) error

// relationshipCopyFunc is a Repository method that takes a relationship
// reference copy.
type relationshipCopyFunc func(ctx context.Context, userID string, rel *typesystem.Relationship) error

// classificationCopyFunc is a Repository method that takes a classification
// reference copy with its entity.
type classificationCopyFunc func(ctx context.Context, userID string, entity *typesystem.EntityDetail,
	proxy *typesystem.EntityProxy, classification *typesystem.Classification) error

func saveEntityReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return entityReferenceCopy(c, s.repo.SaveEntityReferenceCopy)
}

func deleteEntityReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return entityReferenceCopy(c, s.repo.DeleteEntityReferenceCopy)
}

func purgeEntityReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return entityReferenceCopy(c, s.repo.PurgeEntityReferenceCopy)
}

func purgeEntityReferenceCopyByID(s *Server, c *call) (typesystem.Response, error) {
	return referenceCopyByID(c, s.repo.PurgeEntityReferenceCopyByID)
}

func refreshEntityReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return referenceCopyByID(c, s.repo.RefreshEntityReferenceCopy)
}

func saveClassificationReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return classificationReferenceCopy(c, s.repo.SaveClassificationReferenceCopy)
}

func purgeClassificationReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return classificationReferenceCopy(c, s.repo.PurgeClassificationReferenceCopy)
}

func saveRelationshipReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return relationshipReferenceCopy(c, s.repo.SaveRelationshipReferenceCopy)
}

func deleteRelationshipReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return relationshipReferenceCopy(c, s.repo.DeleteRelationshipReferenceCopy)
}

func purgeRelationshipReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return relationshipReferenceCopy(c, s.repo.PurgeRelationshipReferenceCopy)
}

func purgeRelationshipReferenceCopyByID(s *Server, c *call) (typesystem.Response, error) {
	return referenceCopyByID(c, s.repo.PurgeRelationshipReferenceCopyByID)
}

func refreshRelationshipReferenceCopy(s *Server, c *call) (typesystem.Response, error) {
	return referenceCopyByID(c, s.repo.RefreshRelationshipReferenceCopy)
}

// entityReferenceCopy reads the required EntityDetailRequest body and its
// required entity member, and passes the entity to apply.
func entityReferenceCopy(c *call, apply entityCopyFunc) (typesystem.Response, error) {
	var req typesystem.EntityDetailRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.Entity == nil {
		return nil, missingField(c.op, req.Class(), "entity")
	}
	logInstance(c, req.Entity.GUID)
	return voidResult(apply(c.ctx(), c.userID, req.Entity))
}

// referenceCopyByID reads the {guid} path value, the required
// homeMetadataCollectionId query parameter and the required
// TypeDefValidationForRequest body, and passes them to apply.
func referenceCopyByID(c *call, apply copyByIDFunc) (typesystem.Response, error) {
	var q homeQuery
	guid, req, err := readTypeDefValidation(c, &q)
	if err != nil {
		return nil, err
	}
	c.logFields["homeMetadataCollectionId"] = q.HomeID
	return voidResult(apply(c.ctx(), c.userID, guid, req.TypeDefGUID, req.TypeDefName, q.HomeID))
}

// classificationReferenceCopy reads the required
// ClassificationWithEntityRequest body. It requires the classification and
// the entity in full or as a proxy. Both entity forms are passed on, because
// the repository rule for choosing one belongs to the repository.
func classificationReferenceCopy(c *call, apply classificationCopyFunc) (typesystem.Response, error) {
	var req typesystem.ClassificationWithEntityRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.Classification == nil {
		return nil, missingField(c.op, req.Class(), "classification")
	}
	switch {
	case req.Entity != nil:
		logInstance(c, req.Entity.GUID)
	case req.EntityProxy != nil:
		logInstance(c, req.EntityProxy.GUID)
	default:
		return nil, missingEitherField(c.op, req.Class(), "entity", "entityProxy")
	}
	c.logFields["classificationName"] = req.Classification.Name
	return voidResult(apply(c.ctx(), c.userID, req.Entity, req.EntityProxy, req.Classification))
}

// relationshipReferenceCopy reads the required RelationshipRequest body and
// its required relationship member, and passes the relationship to apply.
func relationshipReferenceCopy(c *call, apply relationshipCopyFunc) (typesystem.Response, error) {
	var req typesystem.RelationshipRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	if req.Relationship == nil {
		return nil, missingField(c.op, req.Class(), "relationship")
	}
	logInstance(c, req.Relationship.GUID)
	return voidResult(apply(c.ctx(), c.userID, req.Relationship))
}

// saveInstanceReferenceCopies reads the required InstanceGraphRequest body.
// Either list may be empty, but no element may be null.
func saveInstanceReferenceCopies(s *Server, c *call) (typesystem.Response, error) {
	var req typesystem.InstanceGraphRequest
	if err := c.requireBody(&req); err != nil {
		return nil, err
	}
	for i, entity := range req.EntityElementList {
		if entity == nil {
			return nil, nullListElement(c.op, req.Class(), "entityElementList", i)
		}
	}
	for i, rel := range req.RelationshipElementList {
		if rel == nil {
			return nil, nullListElement(c.op, req.Class(), "relationshipElementList", i)
		}
	}
	c.logFields["entityCount"] = len(req.EntityElementList)
	c.logFields["relationshipCount"] = len(req.RelationshipElementList)

	err := s.repo.SaveInstanceReferenceCopies(c.ctx(), c.userID, req.EntityElementList, req.RelationshipElementList)
	return voidResult(err)
}
