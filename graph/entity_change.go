package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// UpdateEntityProperties replaces the whole property set of a local entity;
// nil or empty clears it. Properties are checked strictly against the type.
func (s *Store) UpdateEntityProperties(ctx context.Context, userID, guid string, properties *typesystem.InstanceProperties) (*typesystem.EntityDetail, error) {
	const op = "updateEntityProperties"
	if err := requireGUID(guid, "entityGUID", op); err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		entity, err := s.liveEntity(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.registry.ValidateProperties(entity.TypeName(), properties, true); err != nil {
			return nil, err
		}
		entity.Properties = nonEmptyProperties(properties)
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		return entity, nil
	})
}

// UpdateEntityStatus sets the status of a local entity (the Egeria 5
// operation). DELETED is set only by deleteEntity.
func (s *Store) UpdateEntityStatus(ctx context.Context, userID, guid string, status typesystem.InstanceStatus) (*typesystem.EntityDetail, error) {
	const op = "updateEntityStatus"
	if err := requireIDs(op, "entityGUID", guid, "newStatus", string(status)); err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		entity, err := s.liveEntity(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.registry.ValidateStatus(entity.TypeName(), status); err != nil {
			return nil, err
		}
		entity.Status = status
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		return entity, nil
	})
}

// DeleteEntity soft-deletes a local entity: its status becomes DELETED and
// the status it had is kept in statusOnDelete. Its live relationships go
// too: those homed here are soft-deleted, reference copies are purged.
func (s *Store) DeleteEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) (*typesystem.EntityDetail, error) {
	const op = "deleteEntity"
	if err := requireIDs(op, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "obsoleteEntityGUID", guid); err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(tx neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		if stored == nil || stored.header().Status == typesystem.StatusDeleted {
			return nil, s.entityNotKnown(op, guid)
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, stored.header().TypeName()); err != nil {
			return nil, err
		}
		entity, err := s.liveEntity(op, guid, stored)
		if err != nil {
			return nil, err
		}
		entity.StatusOnDelete = entity.Status
		entity.Status = typesystem.StatusDeleted
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		return entity, s.deleteAttachedRelationships(ctx, tx, userID, guid)
	})
}

// deleteAttachedRelationships soft-deletes the live relationships of an
// entity that are homed here and purges those that are reference copies.
func (s *Store) deleteAttachedRelationships(ctx context.Context, tx neo4j.ManagedTransaction, userID, guid string) error {
	attached, err := readAttachedRelationships(ctx, tx, guid)
	if err != nil {
		return err
	}
	for _, state := range attached {
		relationship := state.relationship
		if relationship.Status == typesystem.StatusDeleted {
			continue
		}
		if !s.isUpdatable(&relationship.InstanceAuditHeader) {
			if err := purgeRelationshipEdge(ctx, tx, state.typeName, relationship.GUID); err != nil {
				return err
			}
			continue
		}
		relationship.StatusOnDelete = relationship.Status
		relationship.Status = typesystem.StatusDeleted
		s.touch(ctx, &relationship.InstanceAuditHeader, userID)
		if err := s.writeRelationship(ctx, tx, state); err != nil {
			return err
		}
	}
	return nil
}

// RestoreEntity brings a soft-deleted local entity back with the status it
// had before the delete. Its relationships stay deleted.
func (s *Store) RestoreEntity(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error) {
	const op = "restoreEntity"
	if err := requireGUID(guid, "deletedEntityGUID", op); err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		if stored == nil {
			return nil, s.entityNotKnown(op, guid)
		}
		if stored.header().Status != typesystem.StatusDeleted {
			return nil, s.entityNotDeleted(op, guid)
		}
		if err := s.requireEntityUpdatable(op, guid, stored); err != nil {
			return nil, err
		}
		entity := *stored.detail
		entity.Status = entity.StatusOnDelete
		if entity.Status == "" {
			entity.Status = typesystem.StatusActive
		}
		entity.StatusOnDelete = ""
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		return &entity, nil
	})
}

func (s *Store) entityNotDeleted(op, guid string) error {
	return typesystem.NewError(typesystem.KindEntityNotDeleted, "guid",
		"%s needs entity %s to be soft-deleted first, but it is live; call deleteEntity first", op, guid)
}

// PurgeEntity removes a soft-deleted local entity for good, with its
// classifications and every relationship attached to it.
func (s *Store) PurgeEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid string) error {
	const op = "purgeEntity"
	if err := requireIDs(op, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "deletedEntityGUID", guid); err != nil {
		return err
	}
	_, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockEntity(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored == nil || stored.proxy != nil {
			return nil, s.entityNotKnown(op, guid)
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, stored.header().TypeName()); err != nil {
			return nil, err
		}
		if err := s.requireEntityUpdatable(op, guid, stored); err != nil {
			return nil, err
		}
		if stored.detail.Status != typesystem.StatusDeleted {
			return nil, s.entityNotDeleted(op, guid)
		}
		return nil, run(ctx, tx, cypher.PurgeEntity, map[string]any{"guid": guid})
	})
	return storeError(op, err)
}
