package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// guidInUse reports whether an entity, proxy or relationship uses guid.
func (s *Store) guidInUse(ctx context.Context, tx neo4j.ManagedTransaction, guid string) (bool, error) {
	statement, err := cypher.GUIDInUse(s.storedRelationshipTypes())
	if err != nil {
		return false, err
	}
	count, err := runCount(ctx, tx, statement, map[string]any{"guid": guid}, "count")
	return count > 0, err
}

func (s *Store) guidTaken(op, newGUID string) error {
	return typesystem.NewError(typesystem.KindInvalidParameter, "newGUID",
		"%s cannot use GUID %s: an entity or relationship of this repository already has it; choose another", op, newGUID)
}

// ReIdentifyEntity gives a local entity a new GUID. The old GUID stays as a
// soft-deleted tombstone. The new entity is one version on, records the old
// GUID in reIdentifiedFromGUID, and takes over every relationship.
func (s *Store) ReIdentifyEntity(ctx context.Context, userID, typeDefGUID, typeDefName, guid, newGUID string) (*typesystem.EntityDetail, error) {
	const op = "reIdentifyEntity"
	if err := requireIDs(op, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName, "entityGUID", guid, "newEntityGUID", newGUID); err != nil {
		return nil, err
	}
	result, err := s.writeTx(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		stored, err := s.lockEntity(ctx, tx, guid)
		if err != nil {
			return nil, err
		}
		if stored != nil && stored.tampered {
			return nil, s.sealBroken("entity", guid)
		}
		entity, err := s.liveEntity(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, entity.TypeName()); err != nil {
			return nil, err
		}
		if inUse, err := s.guidInUse(ctx, tx, newGUID); err != nil || inUse {
			if err == nil {
				err = s.guidTaken(op, newGUID)
			}
			return nil, err
		}
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		renamed := *entity
		renamed.GUID = newGUID
		renamed.ReIdentifiedFromGUID = guid
		entity.StatusOnDelete = entity.Status
		entity.Status = typesystem.StatusDeleted
		if err := s.writeEntity(ctx, tx, entity); err != nil {
			return nil, err
		}
		if err := s.writeEntity(ctx, tx, &renamed); err != nil {
			return nil, err
		}
		return &renamed, run(ctx, tx, cypher.MoveRelationships, map[string]any{"oldGUID": guid, "newGUID": newGUID})
	})
	if err != nil {
		return nil, storeError(op, err)
	}
	entity := result.(*typesystem.EntityDetail)
	s.fixEntityProvenance(entity)
	return entity, nil
}

// ReTypeEntity moves a local entity to another entity type. Its properties
// and classifications must suit the new type, and so must the end
// definitions of its live relationships.
func (s *Store) ReTypeEntity(ctx context.Context, userID, guid string, currentType, newType *typesystem.TypeDefSummary) (*typesystem.EntityDetail, error) {
	const op = "reTypeEntity"
	if err := requireGUID(guid, "entityGUID", op); err != nil {
		return nil, err
	}
	target, err := s.retypeTarget(op, currentType, newType, typesystem.CategoryEntityDef)
	if err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(tx neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		entity, err := s.liveEntity(op, guid, stored)
		if err != nil {
			return nil, err
		}
		if err := s.checkCurrentType(op, currentType, entity.TypeName()); err != nil {
			return nil, err
		}
		entity.Type = target.InstanceType()
		if err := s.registry.ValidateEntityDetail(entity, true); err != nil {
			return nil, err
		}
		if err := s.checkRetypedEnds(ctx, tx, op, guid, target.Name); err != nil {
			return nil, err
		}
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		return entity, nil
	})
}

// retypeTarget resolves the new type of a re-type request.
func (s *Store) retypeTarget(op string, currentType, newType *typesystem.TypeDefSummary, category typesystem.TypeDefCategory) (*typesystem.TypeDef, error) {
	if currentType == nil || newType == nil {
		return nil, typesystem.NewError(typesystem.KindInvalidParameter, "typeDefSummary", "%s needs the current and the new type", op)
	}
	target, ok := s.registry.TypeDefByGUID(newType.GUID)
	if !ok {
		target, ok = s.registry.TypeDefByName(newType.Name)
	}
	if !ok {
		return nil, typesystem.NewError(typesystem.KindTypeError, "newTypeDef",
			"%s was given new type %s (%s), which is not a known type", op, newType.Name, newType.GUID)
	}
	if target.Category != category {
		return nil, typesystem.NewError(typesystem.KindTypeError, "newTypeDef",
			"%s was given new type %s, which is a %s; it needs a type of category %s", op, target.Name, target.Category, category)
	}
	return target, nil
}

// checkCurrentType rejects a re-type whose stated current type is not the
// instance's type.
func (s *Store) checkCurrentType(op string, currentType *typesystem.TypeDefSummary, typeName string) error {
	current, ok := s.registry.TypeDefByName(typeName)
	if !ok || currentType.Name != current.Name || (currentType.GUID != "" && currentType.GUID != current.GUID) {
		return typesystem.NewError(typesystem.KindInvalidParameter, "currentTypeDef",
			"%s was told the instance is a %s (%s), but it is a %s; pass its current type", op, currentType.Name, currentType.GUID, typeName)
	}
	return nil
}

// checkRetypedEnds checks that every live relationship of an entity still
// suits its end definitions when the entity becomes a newTypeName.
func (s *Store) checkRetypedEnds(ctx context.Context, tx neo4j.ManagedTransaction, op, guid, newTypeName string) error {
	attached, err := readAttachedRelationships(ctx, tx, guid)
	if err != nil {
		return err
	}
	for _, state := range attached {
		if state.relationship.Status == typesystem.StatusDeleted {
			continue
		}
		endTypes, err := readEntityTypes(ctx, tx, []string{state.end1, state.end2})
		if err != nil {
			return err
		}
		end1, end2 := endTypes[state.end1], endTypes[state.end2]
		if state.end1 == guid {
			end1 = newTypeName
		}
		if state.end2 == guid {
			end2 = newTypeName
		}
		state.relationship.EntityOneProxy, state.relationship.EntityTwoProxy = nil, nil
		if err := s.registry.ValidateRelationship(state.relationship, end1, end2, false); err != nil {
			return typesystem.WrapError(typesystem.KindInvalidParameter, err, "newTypeDef",
				"%s cannot make entity %s a %s: its %s relationship %s would no longer fit", op, guid, newTypeName, state.typeName, state.relationship.GUID)
		}
	}
	return nil
}

// ReHomeEntity makes this repository the home of a reference copy: a
// repository can only pull an instance home to itself.
func (s *Store) ReHomeEntity(ctx context.Context, userID, guid, typeDefGUID, typeDefName, homeID, newHomeID, newHomeName string) (*typesystem.EntityDetail, error) {
	const op = "reHomeEntity"
	if err := s.checkRehome(op, guid, typeDefGUID, typeDefName, homeID, newHomeID); err != nil {
		return nil, err
	}
	return s.changeEntity(ctx, op, guid, func(_ neo4j.ManagedTransaction, stored *storedEntity) (*typesystem.EntityDetail, error) {
		if stored == nil || stored.header().Status == typesystem.StatusDeleted {
			return nil, s.entityNotKnown(op, guid)
		}
		if stored.proxy != nil || s.isUpdatable(&stored.detail.InstanceAuditHeader) {
			return nil, typesystem.NewError(typesystem.KindInvalidParameter, "entityGUID",
				"%s can only re-home a reference copy, and entity %s is a proxy or already maintained here", op, guid)
		}
		if err := s.checkTypeIDs(op, typeDefGUID, typeDefName, stored.header().TypeName()); err != nil {
			return nil, err
		}
		entity := *stored.detail
		entity.MetadataCollectionID = newHomeID
		entity.MetadataCollectionName = newHomeName
		entity.InstanceProvenanceType = typesystem.ProvenanceLocalCohort
		s.touch(ctx, &entity.InstanceAuditHeader, userID)
		return &entity, nil
	})
}

// checkRehome checks the arguments of a re-home request.
func (s *Store) checkRehome(op, guid, typeDefGUID, typeDefName, homeID, newHomeID string) error {
	if err := requireIDs(op, "guid", guid, "typeDefGUID", typeDefGUID, "typeDefName", typeDefName,
		"homeMetadataCollectionId", homeID, "newHomeMetadataCollectionId", newHomeID); err != nil {
		return err
	}
	if newHomeID != s.collectionID {
		return typesystem.NewError(typesystem.KindInvalidParameter, "newHomeMetadataCollectionId",
			"%s can only move an instance home to this repository (%s), not to %s", op, s.collectionID, newHomeID)
	}
	return nil
}
