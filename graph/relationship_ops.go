package graph

import (
	"context"

	"github.com/google/uuid"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// AddRelationship creates a relationship homed in this repository between
// two stored entities or proxies.
func (s *Store) AddRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error) {
	return s.addRelationship(ctx, "addRelationship", userID, request, false)
}

// AddExternalRelationship creates a relationship homed in an external
// source, which this repository maintains.
func (s *Store) AddExternalRelationship(ctx context.Context, userID string, request *typesystem.RelationshipCreateRequest) (*typesystem.Relationship, error) {
	return s.addRelationship(ctx, "addExternalRelationship", userID, request, true)
}

func (s *Store) addRelationship(ctx context.Context, op, userID string, request *typesystem.RelationshipCreateRequest, external bool) (*typesystem.Relationship, error) {
	state, err := s.newRelationship(ctx, op, userID, request, external)
	if err != nil {
		return nil, err
	}
	if err := s.ensureRelationshipTypes(ctx, []string{state.typeName}); err != nil {
		return nil, storeError(op, err)
	}
	_, err = s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if err := s.checkEnds(ctx, tx, op, state); err != nil {
			return nil, err
		}
		return nil, s.writeRelationship(ctx, tx, state)
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	return s.readBack(ctx, op, state.relationship.GUID)
}

// newRelationship validates a create request and builds the relationship.
func (s *Store) newRelationship(ctx context.Context, op, userID string, request *typesystem.RelationshipCreateRequest, external bool) (*storedRelationship, error) {
	if request == nil {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "request", "%s needs a RelationshipCreateRequest body", op)
	}
	if err := requireIDs(op, "relationshipTypeGUID", request.RelationshipTypeGUID,
		"entityOneGUID", request.EntityOneGUID, "entityTwoGUID", request.EntityTwoGUID); err != nil {
		return nil, err
	}
	header, err := s.newInstance(ctx, op, userID, newInstanceRequest{
		typeParameter: "relationshipTypeGUID", typeGUID: request.RelationshipTypeGUID, category: typesystem.CategoryRelationshipDef,
		properties: request.InitialProperties, status: request.InitialStatus,
		external: external, sourceID: request.MetadataCollectionID, sourceName: request.MetadataCollectionName,
	})
	if err != nil {
		return nil, err
	}
	relationship := &typesystem.Relationship{Properties: nonEmptyProperties(request.InitialProperties)}
	relationship.InstanceAuditHeader = header
	relationship.GUID = uuid.NewString()
	return &storedRelationship{relationship: relationship, typeName: header.TypeName(),
		end1: request.EntityOneGUID, end2: request.EntityTwoGUID}, nil
}

// checkEnds checks, under lock, that both ends of a relationship are stored
// and live, and that their types suit the relationship's end definitions.
func (s *Store) checkEnds(ctx context.Context, tx neo4j.ManagedTransaction, op string, state *storedRelationship) error {
	var endTypes [2]string
	for i, guid := range []string{state.end1, state.end2} {
		end, err := s.lockEntity(ctx, tx, guid)
		if err != nil {
			return err
		}
		if end == nil || end.header().Status == typesystem.StatusDeleted {
			return typesystem.NewError(typesystem.KindEntityNotKnown, "entityGUID",
				"%s found no live entity %s for end %d of the relationship; check the GUID", op, guid, i+1)
		}
		endTypes[i] = end.header().TypeName()
	}
	err := s.registry.ValidateRelationship(state.relationship, endTypes[0], endTypes[1], true)
	if typesystem.IsKind(err, typesystem.KindInvalidParameter) {
		return typesystem.NewError(typesystem.KindInvalidParameter, "entityGUID",
			"%s cannot link entity %s (%s) as end 1 and entity %s (%s) as end 2: %v",
			op, state.end1, endTypes[0], state.end2, endTypes[1], err)
	}
	return err
}

// UpdateRelationshipProperties replaces the whole property set of a local
// relationship.
func (s *Store) UpdateRelationshipProperties(ctx context.Context, userID, guid string, properties *typesystem.InstanceProperties) (*typesystem.Relationship, error) {
	const op = "updateRelationshipProperties"
	if err := requireGUID(guid, "relationshipGUID", op); err != nil {
		return nil, err
	}
	return s.changeRelationship(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedRelationship) (*storedRelationship, error) {
		state, err := s.liveRelationship(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.registry.ValidateProperties(state.typeName, properties, true); err != nil {
			return nil, err
		}
		state.relationship.Properties = nonEmptyProperties(properties)
		s.touch(ctx, &state.relationship.InstanceAuditHeader, userID)
		return state, nil
	})
}

// UpdateRelationshipStatus sets the status of a local relationship (the
// Egeria 5 operation).
func (s *Store) UpdateRelationshipStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.Relationship, error) {
	const op = "updateRelationshipStatus"
	if err := requireIDs(op, "relationshipGUID", guid, "newStatus", string(status)); err != nil {
		return nil, err
	}
	return s.changeRelationship(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedRelationship) (*storedRelationship, error) {
		state, err := s.liveRelationship(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.registry.ValidateStatus(state.typeName, status); err != nil {
			return nil, err
		}
		state.relationship.Status = status
		s.touch(ctx, &state.relationship.InstanceAuditHeader, userID)
		return state, nil
	})
}

// DeleteRelationship soft-deletes a local relationship.
func (s *Store) DeleteRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.Relationship, error) {
	const op = "deleteRelationship"
	if err := requireIDs(op, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "obsoleteRelationshipGUID", guid); err != nil {
		return nil, err
	}
	return s.changeRelationship(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedRelationship) (*storedRelationship, error) {
		if stored == nil || stored.relationship.Status == typesystem.StatusDeleted {
			return nil, s.relationshipNotKnown(op, guid)
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, stored.typeName); err != nil {
			return nil, err
		}
		state, err := s.liveRelationship(op, guid, stored)
		if err != nil {
			return nil, err
		}
		state.relationship.StatusOnDelete = state.relationship.Status
		state.relationship.Status = typesystem.StatusDeleted
		s.touch(ctx, &state.relationship.InstanceAuditHeader, userID)
		return state, nil
	})
}

// RestoreRelationship brings a soft-deleted local relationship back with
// the status it had. Both ends must be live.
func (s *Store) RestoreRelationship(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	const op = "restoreRelationship"
	if err := requireGUID(guid, "deletedRelationshipGUID", op); err != nil {
		return nil, err
	}
	return s.changeRelationship(ctx, op, guid, func(tx neo4j.ManagedTransaction, stored *storedRelationship) (*storedRelationship, error) {
		if stored == nil {
			return nil, s.relationshipNotKnown(op, guid)
		}
		if stored.relationship.Status != typesystem.StatusDeleted {
			return nil, s.relationshipNotDeleted(op, guid)
		}
		if err := s.requireRelationshipUpdatable(op, guid, stored); err != nil {
			return nil, err
		}
		if err := s.checkEnds(ctx, tx, op, stored); err != nil {
			return nil, err
		}
		relationship := stored.relationship
		relationship.Status = relationship.StatusOnDelete
		if relationship.Status == "" {
			relationship.Status = typesystem.StatusActive
		}
		relationship.StatusOnDelete = ""
		s.touch(ctx, &relationship.InstanceAuditHeader, userID)
		return stored, nil
	})
}

func (s *Store) relationshipNotDeleted(op, guid string) error {
	return typesystem.NewError(typesystem.KindRelationshipNotDeleted, "guid",
		"%s needs relationship %s to be soft-deleted first, but it is live; call deleteRelationship first", op, guid)
}

// PurgeRelationship removes a soft-deleted local relationship for good.
func (s *Store) PurgeRelationship(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error {
	const op = "purgeRelationship"
	if err := requireIDs(op, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "deletedRelationshipGUID", guid); err != nil {
		return err
	}
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockRelationship(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored == nil {
			return nil, s.relationshipNotKnown(op, guid)
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, stored.typeName); err != nil {
			return nil, err
		}
		if err := s.requireRelationshipUpdatable(op, guid, stored); err != nil {
			return nil, err
		}
		if stored.relationship.Status != typesystem.StatusDeleted {
			return nil, s.relationshipNotDeleted(op, guid)
		}
		return nil, purgeRelationshipEdge(ctx, tx, stored.typeName, guid)
	})
	return storeError(op, err)
}
